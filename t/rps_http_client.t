# The module's own HTTP/1.1 client for http:// RPS URLs (src/rps/http_transport.c,
# src/pure/http_reply_parser.c): keep-alive reuse, chunked and Connection: close
# replies, one deadline for a trickling RPS, an RPS that closes idle
# connections, and malformed replies.  The RPS here is a small Perl server
# started by the test, which dispatches on the first path segment (each
# Location's MpinRpsURL ends with it) and logs every connection it accepts.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use IO::Socket::INET ();
use File::Temp qw(tempdir);
use POSIX ();
use Time::HiRes qw(time sleep);
use MpinTest;
use MpinServer ();

plan tests => 7;
Test::More->builder->failure_output(\*STDERR);

my $dir = tempdir('mpin-rpshttp.XXXXXX', TMPDIR => 1, CLEANUP => 1);
my $connlog = "$dir/connections";
my @MODES = qw(ka chunked close idleclose dropsecond trickle malformed cltezero);
# one port per mode: the module keeps idle connections per host:port, so
# that each mode's connections are its own
my (%listen, %mode_of);
for my $mode (@MODES) {
    $listen{$mode} = IO::Socket::INET->new(Listen => 64, LocalAddr => '127.0.0.1', LocalPort => 0,
                                           ReuseAddr => 1) or die "listen: $!";
    $mode_of{$listen{$mode}->sockport} = $mode;
}
my %port = map { $_ => $listen{$_}->sockport } @MODES;
my $SECRET = 'BODY-BYTES-THAT-MUST-NOT-BE-LOGGED';

my $AUTH_OK = '{"userId": "alice@example.com", "mpinId": "", "status": 200, "message": "Authentication successful"}';

sub note_conn { my ($line) = @_;
    open my $fh, '>>', $connlog or return;
    syswrite $fh, "$line\n";
    close $fh;
}

# Reads one request: (method, path) or () at the end of the connection.
sub read_request { my ($c) = @_;
    my $line = <$c>;
    return unless defined $line;
    my ($method, $path) = $line =~ m{^(\S+) (\S+) HTTP/1\.1\r\n$} or return;
    my $len = 0;
    while (defined(my $h = <$c>)) {
        last if $h eq "\r\n";
        $len = $1 if $h =~ /^Content-Length:\s*(\d+)/i;
    }
    my $body = '';
    read($c, $body, $len) if $len;
    return ($method, $path);
}

sub reply_cl { my ($c, $status, $body, @h) = @_;
    print $c join("\r\n", "HTTP/1.1 $status", 'Content-Type: application/json',
                  'Content-Length: ' . length($body), @h, '', '') . $body;
}

sub serve_conn { my ($c, $id, $mode) = @_;
    my $n = 0;
    while (my ($method, $path) = read_request($c)) {
        $n++;
        note_conn("request $id $mode $method $path");
        if ($path !~ m{/authenticate$}) { reply_cl($c, '404 Not Found', '{}'); next }
        if ($mode eq 'ka') { reply_cl($c, '200 OK', $AUTH_OK) }
        elsif ($mode eq 'chunked') {
            my ($a, $b) = (substr($AUTH_OK, 0, 10), substr($AUTH_OK, 10));
            print $c "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                . sprintf('%x;name=value', length $a) . "\r\n$a\r\n" . sprintf('%X', length $b) . "\r\n$b\r\n"
                . "0\r\nX-Trailer: dropped\r\n\r\n";
        }
        elsif ($mode eq 'close') { reply_cl($c, '200 OK', $AUTH_OK, 'Connection: close'); return }
        elsif ($mode eq 'idleclose') {
            # answers, then closes the idle connection soon after (an RPS's
            # keep-alive timeout)
            reply_cl($c, '200 OK', $AUTH_OK);
            sleep 0.3;
            return;
        }
        elsif ($mode eq 'dropsecond') {
            # the first request of a connection is answered; the second one
            # finds the connection closed without a byte (the race of an
            # idle timeout with a request in flight)
            return if $n > 1;
            reply_cl($c, '200 OK', $AUTH_OK);
        }
        elsif ($mode eq 'trickle') {
            my $all = "HTTP/1.1 200 OK\r\nContent-Length: " . length($AUTH_OK) . "\r\n\r\n$AUTH_OK";
            for my $ch (split //, $all) {
                print $c $ch or return;
                sleep 0.3;
            }
        }
        elsif ($mode eq 'malformed') {
            print $c "HTTP/1.1 200 OK\r\nContent-Length: " . length($SECRET) . "\r\nBad Header: x\r\n\r\n$SECRET";
        }
        elsif ($mode eq 'cltezero') {
            print $c "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
        }
        else { reply_cl($c, '500 Internal Server Error', '{}') }
    }
}

my $rps_pid = fork // die "fork: $!";
if (!$rps_pid) {
    require IO::Select;
    $SIG{PIPE} = 'IGNORE';
    $SIG{CHLD} = 'IGNORE';
    my $sel = IO::Select->new(values %listen);
    my $id = 0;
    while (1) {
        for my $l ($sel->can_read) {
            my $c = $l->accept or next;
            my $mode = $mode_of{$l->sockport};
            $id++;
            my $pid = fork;
            if (defined $pid && !$pid) {
                close $_ for values %listen;
                $c->autoflush(1);
                note_conn("connection $id");
                serve_conn($c, $id, $mode);
                close $c;
                POSIX::_exit(0);
            }
            close $c;
        }
    }
}
close $_ for values %listen;
END { kill 'TERM', $rps_pid if $rps_pid }

my $conf = '';
for my $mode (@MODES) {
    $conf .= "<Location /$mode/mpinAuthenticate>\n    SetHandler mpin-authenticate\n"
           . "    MpinRpsURL http://127.0.0.1:$port{$mode}/$mode\n    MpinRpsLoginResult Off\n"
           . ($mode eq 'trickle' ? "    MpinRpsTimeout 1 2\n" : '') . "</Location>\n";
}
my $srv = MpinServer->start(secret => 'rps-http-client-secret-0123456789abcdef', one_process => 1,
                            conf => $conf);

sub login { my ($mode) = @_;
    pinpad_login(random_hex(32), path => $srv->url("/$mode/mpinAuthenticate")) }

sub conn_log { open my $fh, '<', $connlog or return (); my @l = <$fh>; chomp @l; @l }
sub connections_for { my ($mode) = @_;
    my %ids = map { (split / /)[1] => 1 } grep { /^request \d+ \Q$mode\E / } conn_log();
    return scalar keys %ids;
}

subtest 'one keep-alive connection carries several logins' => sub {
    for my $i (1 .. 5) { is(login('ka')->code, 200, "login $i: 200") }
    is(connections_for('ka'), 1, 'all five over one connection');
    is(scalar(grep { /^request \d+ ka POST \/ka\/authenticate$/ } conn_log()), 5,
       'five POST /authenticate, with the MpinRpsURL path before the call\'s');
};

subtest 'a chunked reply and a Connection: close reply' => sub {
    is(login('chunked')->code, 200, 'chunked, with an extension and a trailer: 200');
    is(login('chunked')->code, 200, 'and again');
    is(connections_for('chunked'), 1, 'on the same connection');
    is(login('close')->code, 200, 'Connection: close: 200');
    is(login('close')->code, 200, 'and again');
    is(connections_for('close'), 2, 'each on a new connection');
};

sub retries { my $n = () = $srv->log =~ /MPIN0(?:1207|3702)/g; $n }

subtest 'an RPS that closes idle connections' => sub {
    is(login('idleclose')->code, 200, 'first login: 200');
    sleep 0.8; # the RPS has closed the idle connection by now
    my $before = retries();
    is(login('idleclose')->code, 200, 'the next login finds it closed and opens another: 200');
    is(connections_for('idleclose'), 2, 'two connections');
    is(retries(), $before, 'found closed before use (no retry needed)');
    is(login('dropsecond')->code, 200, 'a connection that answers once: 200');
    is(login('dropsecond')->code, 200,
       'the reused connection closes without a byte: one retry on a fresh one, 200');
    is(connections_for('dropsecond'), 2, 'the retry opened a second connection');
    is(retries(), $before + 1, 'one retry, logged');
    is(scalar(grep { /^request \d+ dropsecond / } conn_log()), 3, 'three requests reached the RPS');
};

subtest 'a trickling RPS hits the total timeout' => sub {
    my $t0 = time;
    my $r = login('trickle');
    my $t = time - $t0;
    is($r->code, 504, 'one byte per 300 ms: 504');
    cmp_ok($t, '>=', 1.9, "after the total timeout (2 s): $t s");
    cmp_ok($t, '<', 3, '... and not much later');
    like($srv->log, qr/MPIN01203[^\n]*timed out after \d+ ms with \d+ bytes received/,
         'logged as a timeout');
    $t0 = time;
    is(login('ka')->code, 200, 'the worker and the slot are free: the next login passes');
    cmp_ok(time - $t0, '<', 1, '... at once');
};

subtest 'malformed replies: 502, and the log shows no body byte' => sub {
    is(login('malformed')->code, 502, 'a header name with a space: 502');
    like($srv->log, qr/malformed reply: a field name that is not a token/, 'the log says why');
    is(login('cltezero')->code, 502, 'Content-Length with Transfer-Encoding: 502');
    like($srv->log, qr/malformed reply: both Transfer-Encoding and Content-Length/, 'the log says why');
    unlike($srv->log, qr/\Q$SECRET\E/, 'no body byte in the log');
};

subtest 'https still goes through libcurl' => sub {
    # a TLS client on a plain-http server: libcurl's handshake fails
    my $tls = MpinServer->start(secret => 'rps-http-client-secret-0123456789abcdef', conf =>
        "<Location /tls/mpinAuthenticate>\n    SetHandler mpin-authenticate\n"
        . "    MpinRpsURL https://127.0.0.1:$port{ka}/ka\n    MpinRpsTimeout 1 2\n</Location>\n");
    my $r = pinpad_login(random_hex(32), path => $tls->url('/tls/mpinAuthenticate'));
    like($r->code, qr/^50[24]$/, 'https to a plain-http server: ' . $r->code);
    like($tls->log, qr/MPIN01203[^\n]*(SSL|TLS|wrong version)/i, 'a TLS error from libcurl');
    $tls->stop;
};

subtest 'every call wrote its debug line' => sub {
    my $n = () = $srv->log =~ /MPIN01203/g;
    # 5 + 1 ka, 2 chunked, 2 close, 2 idleclose, 2 dropsecond, 1 trickle, 2
    # malformed (a retry is part of its call)
    is($n, 17, 'MPIN01203 once for each of the 17 http:// calls');
};

$srv->stop;
