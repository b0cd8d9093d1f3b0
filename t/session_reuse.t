# A keep-alive connection reuses the session it verified (MpinSessionRecheck,
# src/session/connection_note.c) without weakening it: a logout anywhere in the same
# httpd ends the session on every open connection at once, another cookie,
# a forged one, another site or an idle timeout on the same connection are
# judged as on a fresh one.  With one redis server shared between servers,
# session ends are followed through publish/subscribe (a logout on another
# server ends the session here at once, and reuse stops while redis cannot
# be heard); with a store whose ends cannot be followed reuse is off unless
# configured, and then bounded by its seconds.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET ();
use Time::HiRes qw(time sleep);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at session_key signed_cookie redis_calls);

Test::More->builder->failure_output(\*STDERR);

my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $SECRET = 'reuse-session-secret-0123456789abcdef';
my $TRACE = "LogLevel info mpin_rpa:trace1\n";
my $NOTE = qr/reused from this connection's note/;

# One client connection that stays open: requests go one after the other on
# the same socket, as a browser's keep-alive connection sends them.
{
    package KeepAlive;
    sub new {
        my ($class, $port) = @_;
        my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 10)
            or die "connect $port: $!";
        binmode $s;
        return bless { s => $s, port => $port }, $class;
    }
    sub get {
        my ($self, $path, $cookie, %h) = @_;
        die 'the server closed the connection before' if $self->{closed};
        my $host = $h{Host} // "127.0.0.1:$self->{port}";
        my $req = "GET $path HTTP/1.1\r\nHost: $host\r\nAccept: text/html\r\n"
                . (defined $cookie ? "Cookie: mpin_session=$cookie\r\n" : '') . "\r\n";
        print { $self->{s} } $req;
        return $self->_read;
    }
    sub _line {
        my $self = shift;
        my $line = readline $self->{s};
        die 'connection closed' unless defined $line;
        $line =~ s/\r?\n\z//;
        return $line;
    }
    sub _read {
        my $self = shift;
        my ($code) = $self->_line =~ m{^HTTP/1\.1 (\d{3})} or die 'not an HTTP answer';
        my %h;
        while ((my $l = $self->_line) ne '') {
            my ($k, $v) = $l =~ /^([^:]+):\s*(.*)$/ or next;
            $h{lc $k} = $v;
        }
        my $body = '';
        if (($h{'transfer-encoding'} // '') =~ /chunked/i) {
            while (1) {
                my $n = hex $self->_line;
                last unless $n;
                read($self->{s}, my $chunk, $n) == $n or die 'short chunk';
                $body .= $chunk;
                $self->_line;
            }
            $self->_line;
        }
        elsif (my $len = $h{'content-length'}) {
            read($self->{s}, $body, $len) == $len or die 'short body';
        }
        # httpd closes after some errors (503): the answer counts, and the
        # next request would need a new connection, which the caller must see
        $self->{closed} = 1 if ($h{connection} // '') =~ /close/i;
        return { code => $code, headers => \%h, body => $body };
    }
}

sub user_of {
    my ($resp) = @_;
    return $resp->{code} == 200 && $resp->{body} =~ /You are logged in as (\w+)/ ? $1 : $resp->{code};
}
sub count_notes { my ($srv, $from) = @_; my @n = substr($srv->log, $from) =~ /$NOTE/g; scalar @n }
sub logout_elsewhere {
    my ($srv, $cookie) = @_;
    my $r = http(GET => $srv->url('/logout'), undef, Accept => 'text/html',
                 Cookie => "mpin_session=$cookie");
    return $r->code;
}

devrps_reset();

# ------------------------------------------------ a store of this httpd (shmcb)
my $local = MpinServer->start(secret => $SECRET, conf => $TRACE);
my $alice = login_at($local->url, 'alice');
my $bob = login_at($local->url, 'bob');

my $from = length $local->log;
my $conn = KeepAlive->new($local->port);
is(join(',', map { user_of($conn->get('/protected', $alice)) } 1 .. 5),
   'alice,alice,alice,alice,alice', 'shmcb: five requests on one keep-alive connection');
is(count_notes($local, $from), 4, '  the last four reuse the session the first one verified');

is(user_of($conn->get('/protected', $bob)), 'bob', 'another cookie on the same connection: its own user');
my $forged = substr($alice, 0, -2) . (substr($alice, -2, 1) eq 'A' ? 'B' : 'A') . substr($alice, -1);
is($conn->get('/protected', $forged)->{code}, 302, 'a cookie with a bad tag after a good one: refused');
is(user_of($conn->get('/protected', $alice)), 'alice', '  and the good one again works');
is($conn->get('/protected', signed_cookie(session_key($SECRET), 'Q' x 32))->{code}, 302,
   'a correctly signed cookie of an unknown id on the same connection: refused');
is($conn->get('/protected', undef)->{code}, 302, 'no cookie on the same connection: refused');

is(user_of($conn->get('/protected', $alice)), 'alice', 'alice again (noted)');
is($conn->get('/protected', $alice, Host => 'other.example')->{code}, 302,
   'the same cookie for another host on the same connection: refused (site binding)');

my $other = KeepAlive->new($local->port);
is(user_of($other->get('/protected', $alice)), 'alice', 'a second connection with the same session');
is(user_of($conn->get('/protected', $alice)), 'alice', '  while the first one has it noted');
is(logout_elsewhere($local, $alice), 302, 'a logout on a third connection');
is($conn->get('/protected', $alice)->{code}, 302, '  ends it on the first connection at once');
is($other->get('/protected', $alice)->{code}, 302, '  and on the second');
is(user_of($conn->get('/protected', $bob)), 'bob', '  and no other session');
like($local->log, qr/MPIN01121: keep-alive connections reuse a verified session for 5 s\n/,
     'the default with shmcb is 5 seconds, logged at start-up');

# the idle timeout is judged on every request, noted or not
my $idle = MpinServer->start(secret => $SECRET, conf => "${TRACE}MpinSessionIdleTimeout 2\n");
# (a session first used 1.8 s or more after its login may have ended: on a
# machine that busy, a fresh one is tried, at most 5 times)
my ($carol, $works);
for (1 .. 5) {
    my $made = time;
    $carol = login_at($idle->url, 'carol');
    $conn = KeepAlive->new($idle->port);
    $works = user_of($conn->get('/protected', $carol));
    last if $works eq 'carol' || time - $made < 1.8;
}
is($works, 'carol', 'idle timeout 2 s: the session works');
sleep 2.5;
is($conn->get('/protected', $carol)->{code}, 302, '  and after 2.5 s idle on the same connection it has ended');

my $off = MpinServer->start(secret => $SECRET, conf => "${TRACE}MpinSessionRecheck 0\n");
my $dave = login_at($off->url, 'dave');
$conn = KeepAlive->new($off->port);
is(join(',', map { user_of($conn->get('/protected', $dave)) } 1 .. 3), 'dave,dave,dave',
   'MpinSessionRecheck 0: three requests on one connection');
is(count_notes($off, 0), 0, '  each verified against the store (no reuse)');

# ------------------------------------------- a store shared between servers
# Nothing below depends on how fast the machine answers: a note lasts a
# number of seconds, and what shows that an end reached a connection through
# redis (and not through its note running out) is that the note of 60 s had
# not run out yet; what shows a bound note ends at its seconds is that every
# request sent after them is refused.  A minute is also the deadline for an
# end that never comes.
my $WAIT = 50;

# The requests on the connection until one is answered with one of codes
# (or $limit seconds): [code, sent, answered] each, times from Time::HiRes.
sub answers_until {
    my ($conn, $cookie, $codes, $limit) = @_;
    my $t0 = time;
    my @seen;
    while (time - $t0 < $limit) {
        my $sent = time;
        my $code = $conn->get('/protected', $cookie)->{code};
        push @seen, [$code, $sent, time];
        last if $code =~ $codes;
        sleep 0.05;
    }
    return @seen;
}
# the time the answer with one of codes came, or undef
sub answered_at { my ($codes, @seen) = @_; my ($a) = grep { $_->[0] =~ $codes } @seen; $a ? $a->[2] : undef }
# the servers' subscribers are up once redis counts them on the channel
sub subscribers {
    my ($port) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port // $redis, Timeout => 5)
        or die "redis: $!";
    print {$s} "*3\r\n\$6\r\nPUBSUB\r\n\$6\r\nNUMSUB\r\n\$23\r\nmpin_rpa:sessions-ended\r\n";
    my $reply = '';
    while ($reply !~ /:\d+\r\n\z/) { sysread($s, $reply, 256, length $reply) or last }
    return $reply =~ /:(\d+)\r\n\z/ ? $1 : 0;
}
sub wait_subscribers {
    my ($n, $port) = @_;
    my $t0 = time;
    sleep 0.05 while subscribers($port) < $n && time - $t0 < 60;
    return subscribers($port);
}

my $store = "redis:127.0.0.1:$redis";
my $base_subs = subscribers();
# $one's notes last a minute: an end seen before that came through redis
my $one = MpinServer->start(store => $store, secret => $SECRET, conf => "${TRACE}MpinSessionRecheck 60\n");
my $two = MpinServer->start(store => $store, secret => $SECRET, conf => $TRACE);
# two children each (StartServers 2)
cmp_ok(wait_subscribers($base_subs + 4), '>=', $base_subs + 4,
       'redis: every child of both servers subscribes to session ends');
like($two->log, qr/MPIN01121: keep-alive connections reuse a verified session for 5 s while session ends are followed in redis/,
     '  and reuse is on by default, said at start-up');
like($one->log, qr/MPIN01121: keep-alive connections reuse a verified session for 60 s while session ends are followed in redis/,
     '  (60 s where MpinSessionRecheck says so)');
my $erin = login_at($one->url, 'erin');
$conn = KeepAlive->new($one->port);
my $noted = time;   # the note is made after this: it lasts until at least $noted + 60
is(user_of($conn->get('/protected', $erin)), 'erin', 'redis: a keep-alive connection to one server');
my $before = redis_calls();
is(join(',', map { user_of($conn->get('/protected', $erin)) } 1 .. 3), 'erin,erin,erin', '  three more requests');
is(redis_calls() - $before, 0, '  without a command to redis');
is(logout_elsewhere($two, $erin), 302, 'a logout on the other server');
my $ended = answered_at(qr/^302$/, answers_until($conn, $erin, qr/^302$/, $WAIT));
ok(defined $ended, '  ends the session on the open connection');
cmp_ok(defined $ended ? $ended - $noted : 99, '<', 60,
       '  through redis publish/subscribe: before the 60 s note ran out (' . sprintf('%.1f s', ($ended // 0) - $noted) . ')');
is(user_of($conn->get('/protected', $alice = login_at($one->url, 'alice'))), 'alice', '  and other sessions go on');

# the subscription is what makes notes safe: without it, every request asks
our $rpid;
END { kill 'TERM', $rpid if $rpid }
my $own_port = MpinServer::free_port();
my $own = "$ENV{MPIN_T_STAGE}/redis-own";
mkdir $own;
system("redis-server --port $own_port --bind 127.0.0.1 --save '' --appendonly no --dir $own --daemonize yes "
       . "--pidfile $own/redis.pid --logfile $own/redis.log") == 0 or die 'redis-server did not start';
sleep 0.05 until -s "$own/redis.pid" && IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $own_port);
my $lone = MpinServer->start(store => "redis:127.0.0.1:$own_port", secret => $SECRET,
                             conf => "${TRACE}MpinSessionRecheck 60\n");
cmp_ok(wait_subscribers(2, $own_port), '>=', 2, 'a server on a redis of its own subscribes');
my $hank = login_at($lone->url, 'hank');
$conn = KeepAlive->new($lone->port);
$noted = time;
is(join(',', map { user_of($conn->get('/protected', $hank)) } 1 .. 3), 'hank,hank,hank', '  its session is reused');
open my $pf, '<', "$own/redis.pid" or die; chomp($rpid = <$pf>); close $pf;
kill 'TERM', $rpid;
sleep 0.05 while kill 0, $rpid;
$ended = answered_at(qr/^503$/, answers_until($conn, $hank, qr/^503$/, $WAIT));
ok(defined $ended, 'redis stops: the open connection gets 503 (the store is asked again, and is down)');
cmp_ok(defined $ended ? $ended - $noted : 99, '<', 60,
       '  when the server stopped hearing redis, not when the 60 s note ran out (' . sprintf('%.1f s', ($ended // 0) - $noted) . ')');
like($lone->log, qr/MPIN01131: stopped following redis 127\.0\.0\.1:$own_port for session ends/,
     '  and the server says it stopped following session ends');

# several redis servers (here one, named twice): ends cannot be followed
my $two_servers = "redis:127.0.0.1:$redis,127.0.0.1:$redis";
my $sharded = MpinServer->start(store => $two_servers, secret => $SECRET, conf => $TRACE);
like($sharded->log, qr/MPIN01120: keep-alive connections verify the session on every request: the store is not a single redis server/,
     'a store of several redis servers: no reuse by default, said at start-up');
my $ivy = login_at($sharded->url, 'ivy');
$conn = KeepAlive->new($sharded->port);
is(user_of($conn->get('/protected', $ivy)), 'ivy', '  a keep-alive connection');
$before = redis_calls();
is(join(',', map { user_of($conn->get('/protected', $ivy)) } 1 .. 3), 'ivy,ivy,ivy', '  three more requests');
cmp_ok(redis_calls() - $before, '>=', 3, '  each of them asked redis');
is(count_notes($sharded, 0), 0, '  and none was reused');

my $bounded = "${TRACE}MpinSessionRecheck 2\n";
my $three = MpinServer->start(store => $two_servers, secret => $SECRET, conf => $bounded);
my $four = MpinServer->start(store => $two_servers, secret => $SECRET, conf => $bounded);
like($three->log, qr/MPIN01121: keep-alive connections reuse a verified session for 2 s \(a logout on another server may take that long/,
     'MpinSessionRecheck 2 with that store: reuse, and the trade-off said at start-up');
my $frank = login_at($three->url, 'frank');
$conn = KeepAlive->new($three->port);
is(user_of($conn->get('/protected', $frank)), 'frank', '  the first request verifies');
my $note_end = time + 2;   # the note was made before this answer: it ends before $note_end
$before = redis_calls();
is(join(',', map { user_of($conn->get('/protected', $frank)) } 1 .. 3), 'frank,frank,frank',
   '  three more on the same connection');
my $three_done = time;
# (a machine so busy that these came after the note's 2 s asks redis again)
if ($three_done < $note_end) { is(redis_calls() - $before, 0, '  without a command to redis') }
else { pass('  (they came after the 2 s of the note: verified again, as they should be)') }
is(logout_elsewhere($four, $frank), 302, 'a logout on the other server');
my @seen = answers_until($conn, $frank, qr/^302$/, $WAIT);
ok(defined answered_at(qr/^302$/, @seen), '  is seen on the open connection') or diag("still open after $WAIT s");
is(join(' ', map { sprintf '%d sent %+.2f s after the note', $_->[0], $_->[1] - $note_end }
               grep { $_->[0] != 302 && $_->[1] > $note_end } @seen),
   '', '  within the 2 seconds configured: every request sent after them was refused');

my $gina = login_at($three->url, 'gina');
$conn = KeepAlive->new($three->port);
is(user_of($conn->get('/protected', $gina)), 'gina', 'a session noted on a connection');
is(logout_elsewhere($three, $gina), 302, '  logged out on the same server');
is($conn->get('/protected', $gina)->{code}, 302, '  ends at once there, whatever the seconds');

done_testing();
