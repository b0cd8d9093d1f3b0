# The cap on RPS calls in flight (half a process's threads) with a short wait
# for a slot: a burst of logins larger than the cap all succeed with a
# healthy RPS, and with a hanging one the wait is bounded and the site keeps
# being served.  An httpd of its own with one child of 25 threads: at most
# 12 calls in flight, 6 more waiting (src/rps/client.c, take_slot).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use Time::HiRes qw(time sleep);
use POSIX ();
use MpinTest;
use MpinServer ();

plan tests => 10;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
# the bursts come from one address: MpinRateLimit (t/ratelimit.t) is off here
my $srv = MpinServer->start(secret => 'burst-secret-0123456789abcdef0123', one_process => 1, conf => <<'CONF');
MpinRpsLoginResult Off
MpinRateLimit Off
CONF

# n logins at once (each child waits for the same start time); returns
# [code, seconds] for each
sub burst {
    my ($n, $ott_of) = @_;
    my @otts = map { $ott_of->() } 1 .. $n;
    my $start = time + 0.5;
    pipe(my $rd, my $wr) or die "pipe: $!";
    my @kids;
    for my $ott (@otts) {
        my $pid = fork // die "fork: $!";
        if (!$pid) {
            close $rd;
            sleep $start - time if $start > time;
            my $t0 = time;
            my $r = http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                         'Content-Type' => 'application/json');
            syswrite $wr, sprintf("%d %.3f\n", $r->code, time - $t0);
            POSIX::_exit(0);
        }
        push @kids, $pid;
    }
    close $wr;
    my @res = map { [split] } <$rd>;
    waitpid $_, 0 for @kids;
    return @res;
}

sub codes { my %c; $c{$_->[0]}++ for @_; join ', ', map { "$_ x$c{$_}" } sort keys %c }

# --- a healthy but not instant RPS (300 ms per /authenticate): 18 logins at
# once, 12 get a slot, 6 wait for one
devrps_fault(path => '/authenticate', mode => 'delay', ms => 300, count => 18);
my $t0 = time;
my @res = burst(18, sub { devrps_mint('burst@example.com', 1) });
is(scalar @res, 18, '18 logins at once: 18 answers');
is(codes(@res), '200 x18', 'each one 200 (12 in flight, 6 waited for a slot)');
my ($slowest) = sort { $b <=> $a } map { $_->[1] } @res;
cmp_ok($slowest, '>=', 0.55, sprintf('some waited for a slot (slowest %.2f s: two RPS calls)', $slowest));
unlike($srv->log, qr/MPIN01205/, 'no RPS call was refused');
devrps(DELETE => '/__dev/fault');

# --- many bursts of a fast RPS: no refusal either
my @all;
push @all, burst(18, sub { devrps_mint('burst@example.com', 1) }) for 1 .. 3;
is(codes(@all), '200 x54', 'three bursts of 18 with a fast RPS: all 200');

# --- a hanging RPS: 30 at once; 12 wait for the RPS until the total
# timeout (MpinRpsTimeout 2 5: 504), 6 wait a second for a slot (503), the
# other 12 are refused at once (503); meanwhile the site is served
devrps_fault(path => '/authenticate', mode => 'hang');
my $served = 0;
my $pid = fork // die;
if (!$pid) {
    sleep 1;
    my $ok = 0;
    for (1 .. 10) {
        my $t = time;
        my $r = http(GET => $srv->url('/login'));
        $ok++ if $r->code == 200 && time - $t < 1;
        sleep 0.1;
    }
    POSIX::_exit($ok);
}
@res = burst(30, sub { random_hex(32) });
waitpid $pid, 0;
$served = $? >> 8;
is(codes(grep { $_->[0] != 503 } @res), '504 x12', '12 waited for the hanging RPS: 504');
my @busy = grep { $_->[0] == 503 } @res;
is(scalar @busy, 18, 'the other 18: 503');
my ($longest_busy) = sort { $b <=> $a } map { $_->[1] } @busy;
cmp_ok($longest_busy, '<', 1.6, sprintf('a refusal took at most the 1 s wait (longest %.2f s)', $longest_busy));
cmp_ok(scalar(grep { $_->[1] < 0.5 } @busy), '>=', 6, 'beyond the 6 waiters, refused at once');
is($served, 10, 'the login page was served quickly throughout');
devrps(DELETE => '/__dev/fault');
devrps(POST => '/__dev/reset');

$srv->stop;
devrps_reset();
