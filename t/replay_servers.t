# The authOTT replay guard across servers (security row 11): two httpd
# servers sharing the suite's redis race the same authOTT 1,000 times, one
# request to each server at the same moment, and exactly one of each pair
# logs in.  The claim is one redis command (SET NX PX through hiredis), so
# which server wins is left to scheduling but the count never is.  Also: a
# redis that is down or never answers refuses the login with 503 (fail
# closed, never accepted, never hung), and a connection that redis closed is
# replaced.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET ();
use Socket qw(SOL_SOCKET SO_RCVTIMEO);
use Time::HiRes qw(time);
use lib 't/lib';
use MpinTest;
use MpinServer qw(free_port);

Test::More->builder->failure_output(\*STDERR);

my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $SECRET = 'replay-guard-secret-0123456789abcdef0';
my $RACES = 1000;
my $AT_ONCE = 4;                # pairs in flight together

# The RPS is a real RPS's twin here: waitForLoginResult (the shipped
# default) keeps the authOTT's record until /loginResult, so without that
# call (MpinRpsLoginResult Off) the RPS answers 200 to the same authOTT as
# often as it is asked, and the module's own guard is all that stands
# between a replay and a second session.  No rate limit: 2,000 logins from
# one address are the point.
devrps_reset();
my $CONF = "MpinRpsLoginResult Off\nMpinRateLimit Off\n";
my $store = "redis:127.0.0.1:$redis";
my $one = MpinServer->start(store => $store, secret => $SECRET, conf => $CONF);
my $two = MpinServer->start(store => $store, secret => $SECRET, conf => $CONF);

sub mint {
    my $r = devrps(POST => '/__dev/mint', {userId => "racer$_[0]", ok => JSON::PP::true, lifetime => 600});
    die 'devrps mint failed: ' . $r->status_line unless $r->is_success;
    return json_decode($r->content)->{authOTT};
}

sub login {
    my ($srv, $ott) = @_;
    return http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                'Content-Type' => 'application/json');
}

# ------------------------------------------------ the RPS accepts replays
my $ott = mint(0);
is(join(',', map { devrps(POST => '/authenticate', {authOTT => $ott})->code } 1 .. 3), '200,200,200',
   'the RPS itself answers 200 to the same authOTT again and again (waitForLoginResult)');
$ott = mint(0);
is(login($one, $ott)->code, 200, 'a login on the first server');
is(login($one, $ott)->code, 408, '  the same authOTT again there: 408');
is(login($two, $ott)->code, 408, '  and on the second server: 408');

# ----------------------------------------------------------------- races
# One request for ott to srv, all but its last byte written: the last bytes
# of every request of a round are written together, so each pair reaches
# its two servers at the same moment.
sub half_sent {
    my ($srv, $ott) = @_;
    my $body = json_encode({mpinResponse => {authOTT => $ott}});
    my $req = "POST /mpinAuthenticate HTTP/1.1\r\nHost: 127.0.0.1:" . $srv->port . "\r\n"
            . "Content-Type: application/json\r\nContent-Length: " . length($body) . "\r\n"
            . "Connection: close\r\n\r\n$body";
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $srv->port, Timeout => 30)
        or die "connect: $!";
    $s->setsockopt(SOL_SOCKET, SO_RCVTIMEO, pack('l!l!', 60, 0));
    syswrite($s, substr($req, 0, -1)) == length($req) - 1 or die "write: $!";
    return [$ott, $s, substr($req, -1)];
}

sub status_of {
    my ($s) = @_;
    local $/;
    my $resp = <$s> // '';
    close $s;
    return $resp =~ m{^HTTP/1\.\d (\d{3})} ? $1 : 0;
}

my %codes;
my $n = 0;
my $t0 = time;
while ($n < $RACES) {
    my @round;
    for (1 .. $AT_ONCE) {
        last if $n >= $RACES;
        my $o = mint($n++ % 8);
        # which server gets its last byte first alternates
        push @round, $n % 2 ? (half_sent($one, $o), half_sent($two, $o))
                            : (half_sent($two, $o), half_sent($one, $o));
    }
    syswrite($_->[1], $_->[2]) for @round;
    push @{ $codes{$_->[0]} }, status_of($_->[1]) for @round;
}
my $took = time - $t0;
my %outcome;
$outcome{ join ',', sort @{ $codes{$_} } }++ for keys %codes;
diag(sprintf '%d races in %.1f s: %s', $RACES, $took,
     join '; ', map { "$_ x $outcome{$_}" } sort keys %outcome);
is(scalar keys %codes, $RACES, "$RACES authOTTs raced, each on both servers at once");
is($outcome{'200,408'} // 0, $RACES, '  every one logged in exactly once, the other server answering 408');
is($outcome{'200,200'} // 0, 0, '  none logged in twice');

# ------------------------------------------------------- fail closed
# a redis that is not there
my $closed = free_port();
my $down = MpinServer->start(store => "redis:127.0.0.1:$closed", secret => $SECRET, conf => $CONF);
my $r = login($down, mint(1));
is($r->code, 503, 'redis down: the login is refused with 503');
ok(!defined cookie_from($r), '  without a cookie');
like($down->log, qr/MPIN01602: login refused: the replay guard's store failed/, '  and logged');

# a redis that takes the connection and never answers: the claim's timeout
my $silent = IO::Socket::INET->new(Listen => 16, LocalAddr => '127.0.0.1', LocalPort => 0, ReuseAddr => 1)
    or die "listen: $!";
my $mute = MpinServer->start(store => "redis:127.0.0.1:" . $silent->sockport, secret => $SECRET, conf => $CONF);
my $t = time;
$r = login($mute, mint(1));
is($r->code, 503, 'redis that never answers: the login is refused with 503');
cmp_ok(time - $t, '<', 20, '  after the command timeout, not never');
ok(!defined cookie_from($r), '  without a cookie');

# redis closes the module's connections (a restart, a timeout there): the
# next claim takes a new one instead of failing
# (the module names its own connections "mpin_rpa"; mod_socache_redis's stay)
sub kill_claim_connections {
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $redis, Timeout => 5) or die "redis: $!";
    print {$s} "CLIENT LIST\r\n";
    my ($len) = <$s> =~ /^\$(\d+)/ or die 'redis CLIENT LIST';
    my $list = '';
    read($s, $list, $len + 2 - length $list, length $list) while length $list < $len + 2;
    my @ids = $list =~ /^id=(\d+) .*\bname=mpin_rpa /mg;
    for my $id (@ids) { print {$s} "CLIENT KILL ID $id\r\n"; <$s> }
    close $s;
    return scalar @ids;
}
# one child: the next login is sure to find the connection redis closed
my $solo = MpinServer->start(store => $store, secret => $SECRET, conf => $CONF, one_process => 1);
is(login($solo, mint(2))->code, 200, 'a login (its claim connection stays open)');
cmp_ok(kill_claim_connections(), '>', 0, "redis closes the module's connections");
is(join(',', map { login($solo, mint(3))->code } 1 .. 3), '200,200,200',
   '  the next logins succeed: the claim is sent again on a new connection')
    or diag(join "\n", grep { /MPIN038/ } split /\n/, $solo->log);

done_testing();
