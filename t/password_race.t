# The password lockout cannot be raced (issue 16 item 2, security row 18):
# 64 truly parallel wrong passwords (forked clients, each connected first,
# all released at once), with one CSRF pair or many, from one address or
# many, for one user spelt many ways or for many users: at most
# MpinPasswordMaxFailures of them reach the provider.
#
# The provider is t/modules/mod_mpin_authn_count.c: it writes a line per call
# and holds each call until more than MAX calls have come (or HOLD seconds
# passed), then asks mod_authn_file.  So without counting before the check,
# every request that passed the check waits inside the provider for the
# others and the count goes past MAX however the machine schedules them;
# with it, no (MAX+1)th call ever comes.  No timing is asserted.
use strict;
use warnings;
use Test::More;
use Cwd qw(abs_path);
use IO::Socket::INET ();
use File::Temp ();
use POSIX qw(_exit);
use lib 't/lib';
use MpinServer;

plan tests => 21;

my $MAX = 5;
my $HOLD = 6;
my $N = 64;
my $so = abs_path('t/modules/mod_mpin_authn_count.so');
# A server's configuration: the counting provider (each call a line of the file calls), no per-address rate
# limit (every client here is 127.0.0.x: it is not tested), and the password login at /race/login (through
# the counting provider) and, with plain, at /race/plain (mod_authn_file), both with the lockout.
sub race_conf {
    my (%o) = @_;
    my $conf = <<"CONF";
LoadModule mpin_authn_count_module "$so"
CountAuthnFile "$o{calls}"
CountAuthnHold $MAX $HOLD
MpinRateLimit Off
CONF
    for my $loc (['login', 'count'], $o{plain} ? ['plain', 'file'] : ()) {
        $conf .= <<"CONF";
<Location /race/$loc->[0]>
    SetHandler mpin-login
    MpinLoginMethods password
    MpinPasswordProvider $loc->[1]
    AuthUserFile "$o{htpasswd}"
    MpinPasswordMaxFailures $MAX
    MpinPasswordLockout $o{lockout}
</Location>
CONF
    }
    return $conf;
}
my $srv = MpinServer->start(conf => race_conf(calls => '@ROOT@/spool/calls', htpasswd => '@ROOT@/spool/htpasswd',
                                              lockout => 3600, plain => 1));
my $spool = $srv->root . '/spool';
mkdir $spool;
chmod 01777, $spool;
my $htpasswd = "$spool/htpasswd";
system('htpasswd', '-c', '-B', '-b', $htpasswd, 'john', 'right') == 0 or die 'htpasswd';
system('htpasswd', '-B', '-b', $htpasswd, 'mary', 'right') == 0 or die 'htpasswd';
chmod 0644, $htpasswd;

sub enc { my $s = shift; utf8::upgrade($s); utf8::encode($s); $s =~ s/([^A-Za-z0-9._~-])/sprintf '%%%02X', ord $1/ge; $s }

# A pre-login cookie and its CSRF token (one "CSRF pair").
sub csrf_pair {
    my ($server) = @_;
    my ($status, $h, $body) = MpinServer::raw_request(($server || $srv)->port, "GET /race/login HTTP/1.1\nHost: 127.0.0.1\nAccept: text/html");
    my ($pre) = join(';', @{ $h->{'set-cookie'} || [] }) =~ /mpin_login=([^;,\s]+)/;
    my ($token) = $body =~ /name="csrf_token" value="([^"]+)"/;
    die "no CSRF pair (status $status)" unless $pre && $token;
    return [$pre, $token];
}

sub request_text {
    my ($path, $user, $password, $pair) = @_;
    my $body = join '&', 'username=' . enc($user), 'password=' . enc($password), "csrf_token=$pair->[1]";
    return "POST $path HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
         . "Content-Type: application/x-www-form-urlencoded\r\nCookie: mpin_login=$pair->[0]\r\n"
         . 'Content-Length: ' . length($body) . "\r\nConnection: close\r\n\r\n$body";
}

# Sends the requests all at once: each child connects (from its own source
# address), waits until the parent closes the pipe, then writes its request
# and reports the status.  Returns the list of statuses.
sub parallel {
    my @reqs = @_;     # [source address, request text, server (default $srv)]
    pipe(my $go_r, my $go_w) or die "pipe: $!";
    my @kids;
    for my $i (0 .. $#reqs) {
        pipe(my $res_r, my $res_w) or die "pipe: $!";
        my $pid = fork // die "fork: $!";
        if (!$pid) {
            close $go_w; close $res_r;
            my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => ($reqs[$i][2] || $srv)->port,
                                          LocalAddr => $reqs[$i][0], Timeout => 60);
            my $status = 0;
            if ($s) {
                <$go_r>;    # EOF when the parent lets go
                print {$s} $reqs[$i][1];
                my $line = <$s> // '';
                $status = $1 if $line =~ m{^HTTP/1\.\d (\d{3})};
                local $/; <$s>;
            }
            print {$res_w} "$status\n";
            close $res_w;
            _exit(0);
        }
        close $res_w;
        push @kids, [$pid, $res_r];
    }
    close $go_r;
    # every child is connected or gave up before the parent lets go: give
    # them a moment to be scheduled (correctness does not depend on it)
    select undef, undef, undef, 0.5;
    close $go_w;
    my @status;
    for my $k (@kids) {
        my $fh = $k->[1];
        my $line = <$fh> // "0\n";
        chomp $line;
        push @status, $line;
        waitpid $k->[0], 0;
    }
    return @status;
}

sub calls {
    open my $fh, '<', "$spool/calls" or return ();
    my @lines = <$fh>;
    chomp @lines;
    return @lines;
}

sub reset_calls { open my $fh, '>', "$spool/calls" or die; close $fh; chmod 0666, "$spool/calls" }

sub tally { my %n; $n{$_}++ for @_; join ', ', map { "$n{$_} x $_" } sort keys %n }

# --- 1. one CSRF pair, one address, one user: 64 wrong passwords at once
reset_calls();
my $pair = csrf_pair();
my @st = parallel(map { ['127.0.0.1', request_text('/race/login', 'john', "wrong$_", $pair)] } 1 .. $N);
my @calls = calls();
diag("one CSRF pair, one user: " . tally(@st) . '; ' . scalar(@calls) . ' reached the provider');
cmp_ok(scalar @calls, '<=', $MAX, "one CSRF pair: at most $MAX of $N parallel wrong passwords reach the provider");
is(scalar @calls, $MAX, '  (exactly that many: the others were refused)');
is(scalar(grep { $_ == 429 } @st), $N - $MAX, '  the rest got 429');
is(scalar(grep { $_ == 200 } @st), $MAX, '  and those checked got the failure page');

# --- 2. one user spelt many ways (case, NFC/NFD, fullwidth), 64 addresses, 64 CSRF pairs
my @spellings = ('mary', 'MARY', 'Mary', 'mArY', "\x{ff4d}\x{ff41}\x{ff52}\x{ff59}", "M\x{0101}ry",
                 "ma\x{0304}ry", "m\x{00c0}ry");
reset_calls();
my @reqs;
for my $i (1 .. $N) {
    push @reqs, ["127.0.1.$i", request_text('/race/login', $spellings[$i % @spellings], 'nope', csrf_pair())];
}
@st = parallel(@reqs);
@calls = calls();
diag('one user, ' . scalar(@spellings) . ' spellings, 64 addresses: ' . tally(@st) . '; '
     . scalar(@calls) . ' reached the provider');
cmp_ok(scalar @calls, '<=', $MAX, "spellings of one user share a counter: at most $MAX reach the provider");
is(scalar(grep { $_ == 429 } @st), $N - scalar @calls, '  the rest got 429');

# NFC and NFD of a name share one counter: the same as above, one way
reset_calls();
@st = parallel(map { ["127.0.2.$_", request_text('/race/login', $_ % 2 ? "j\x{00f6}rg" : "jo\x{0308}rg", 'x', csrf_pair())] } 1 .. 16);
cmp_ok(scalar(calls()), '<=', $MAX, 'NFC and NFD spellings: one counter');

# --- 3. many users, one address: the address's counter holds
reset_calls();
$pair = csrf_pair();
@st = parallel(map { ['127.0.3.1', request_text('/race/login', "user$_", 'nope', $pair)] } 1 .. $N);
@calls = calls();
diag('64 users from one address: ' . tally(@st) . '; ' . scalar(@calls) . ' reached the provider');
cmp_ok(scalar @calls, '<=', $MAX, "64 users from one address: at most $MAX reach the provider");
is(scalar(grep { $_ == 429 } @st), $N - scalar @calls, '  the rest got 429');

# One request to /race/plain (mod_authn_file without the hold) from the
# address given, on a connection of its own; returns the status.
sub plain {
    my ($user, $password, $from) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $srv->port, LocalAddr => $from)
        or die "connect: $!";
    print {$s} request_text('/race/plain', $user, $password, csrf_pair());
    my $line = <$s> // '';
    return $line =~ m{^HTTP/1\.\d (\d{3})} ? $1 : 0;
}

# --- 4. the lockout holds for the right password too; the log says so
is(plain('john', 'right', '127.0.6.1'), 429, 'john is locked out: even the right password gets 429');
is(plain('JOHN', 'right', '127.0.6.2'), 429, '  and so is JOHN');
like($srv->log, qr/MPIN02104: password login of user john from 127\.0\.0\.1 refused: locked out/,
     'the refusals are logged (MPIN02104)');

# --- 5. a login is not a failure: it clears the user's counter and gives
# the address its attempt back (the semantics of before)
my $from = '127.0.4.1';
is(plain('mary2', 'x', $from), 200, 'a wrong password from a fresh address: the failure page');
plain("other$_", 'x', $from) for 1 .. $MAX - 2;      # the address at MAX - 1 failures
system('htpasswd', '-b', '-B', $htpasswd, 'ann', 'right') == 0 or die;
is(plain('ann', 'right', $from), 303, 'a login from it still works at MAX - 1 failures');
is(plain('bob', 'x', $from), 200, '  and did not use up an attempt: one more failure is checked');
is(plain('carl', 'x', $from), 429, '  then the address is locked out');

# one counter for the spellings of a user, one at a time too: four failures as
# ann, one as Ann, and ann is locked out
plain('ann', 'x', "127.0.5.$_") for 1 .. $MAX - 1;
is(plain('Ann', 'right', '127.0.5.9'), 200, 'Ann is another user to mod_authn_file: a failure (shared counter: the 5th)');
is(plain('ann', 'right', '127.0.5.10'), 429, '  and ann is locked out by it');

# --- 6. two servers sharing one redis: the counters are redis's own, each
# step one script, so the limit holds across the servers (the socache's read
# and write were atomic under one server's mutex only)
my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $shared = File::Temp::tempdir(CLEANUP => 1);
chmod 01777, $shared;
my $CONF_R = race_conf(calls => "$shared/calls", htpasswd => $htpasswd, lockout => 60);
my @pair = map { MpinServer->start(store => "redis:127.0.0.1:$redis", secret => 'lockout-race-secret-0123456789abcdef',
                                   conf => $CONF_R) } 1 .. 2;
{ open my $fh, '>', "$shared/calls" or die; close $fh; chmod 0666, "$shared/calls" }
my $who = 'racer' . int(rand 1e9);
@reqs = ();
for my $i (1 .. $N) {
    my $server = $pair[$i % 2];
    push @reqs, ["127.0.7.$i", request_text('/race/login', $i % 3 ? $who : uc $who, 'nope', csrf_pair($server)), $server];
}
@st = parallel(@reqs);
@calls = do { open my $fh, '<', "$shared/calls" or die; my @l = <$fh>; @l };
diag("one user on two servers sharing redis: " . tally(@st) . '; ' . scalar(@calls) . ' reached the providers');
cmp_ok(scalar @calls, '<=', $MAX, "two servers sharing redis: at most $MAX of $N reach the providers");
is(scalar(grep { $_ == 429 } @st), $N - scalar @calls, '  the rest got 429');
like(join('', map { $_->log } @pair), qr/MPIN02104: password login of user \Q$who\E from 127\.0\.7\.\d+ refused: locked out/,
     '  on either server');
