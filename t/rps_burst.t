# The cap on RPS calls in flight (half a process's threads) with a wait for
# a slot: a burst of logins larger than the cap all succeed with a healthy
# RPS, and with a hanging one at most a quarter of the threads wait, the rest
# are refused at once, the wait is bounded and the site keeps being served.
# An httpd of its own with one child of 25 threads: at most 12 calls in
# flight, 6 more waiting (src/rps/client.c, take_slot).
#
# Nothing here depends on how fast the machine schedules the clients: the
# development RPS holds the hanging calls until the test releases them
# (POST /__dev/release), the test learns how many calls are in flight from
# the RPS's request log and how many wait from the module's MPIN04150 lines,
# and whether a refusal was "at once" from its log line (MPIN01205 at once,
# MPIN04151 after a wait), not from a stopwatch.  The only durations checked
# are upper bounds with a large slack.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use Time::HiRes qw(time sleep);
use POSIX ();
use MpinTest;
use MpinServer ();

plan tests => 17;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
# the bursts come from one address: MpinRateLimit (t/ratelimit.t) is off
# here.  Waiters wait up to a minute, so that a loaded machine still brings
# the whole burst in while they wait; requests with "X-Burst: bounded" get
# the default one-second wait and a short total timeout.
my $srv = MpinServer->start(secret => 'burst-secret-0123456789abcdef0123', one_process => 1, conf => <<'CONF');
MpinRpsLoginResult Off
MpinRateLimit Off
MpinRpsSlotWait 60
MpinRpsTimeout 2 300
<If "%{HTTP:X-Burst} == 'bounded'">
    MpinRpsSlotWait 1
    MpinRpsTimeout 2 3
</If>
CONF

# Starts n logins at once, each in a process of its own; returns a handle
# for collect().
sub start_logins {
    my ($n, $ott_of, @headers) = @_;
    my @otts = map { $ott_of->() } 1 .. $n;
    pipe(my $rd, my $wr) or die "pipe: $!";
    my @kids;
    for my $ott (@otts) {
        my $pid = fork // die "fork: $!";
        if (!$pid) {
            close $rd;
            my $t0 = time;
            my $r = http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                         'Content-Type' => 'application/json', @headers);
            syswrite $wr, sprintf("%d %.3f\n", $r->code, time - $t0);
            POSIX::_exit(0);
        }
        push @kids, $pid;
    }
    close $wr;
    return { rd => $rd, kids => \@kids };
}

# [code, seconds] of each login of a start_logins handle, once all ended
sub collect {
    my ($h) = @_;
    my $rd = $h->{rd};
    my @res = map { [split] } <$rd>;
    waitpid $_, 0 for @{ $h->{kids} };
    return @res;
}

sub burst { collect(start_logins(@_)) }

sub codes { my %c; $c{$_->[0]}++ for @_; join ', ', map { "$_ x$c{$_}" } sort keys %c }

# Polls until $count() reaches $want; a deadline only for a broken module
# (a minute: far beyond any loaded machine).  Returns the last count.
sub wait_for {
    my ($count, $want) = @_;
    my $end = time + 60;
    my $n;
    sleep 0.05 while ($n = $count->()) < $want && time < $end;
    return $n;
}

# this server's error_log: where it ends now, and what came after an offset
sub log_offset { length $srv->log }
sub log_since { substr $srv->log, $_[0] }

sub log_count {
    my ($offset, $re) = @_;
    my @n = log_since($offset) =~ /$re/g;
    return scalar @n;
}

my $authenticates = sub { scalar devrps_requests(POST => '/authenticate') };

# --- a healthy but not instant RPS (300 ms per /authenticate): 18 logins at
# once, at most 12 in flight and 6 waiting for a slot: all served
devrps_fault(path => '/authenticate', mode => 'delay', ms => 300, count => 18);
my @res = burst(18, sub { devrps_mint('burst@example.com', 1) });
is(scalar @res, 18, '18 logins at once: 18 answers');
is(codes(@res), '200 x18', 'each one 200 (at most 12 in flight, the others waited for a slot)');
unlike($srv->log, qr/MPIN01205|MPIN04151/, 'no RPS call was refused');
devrps(DELETE => '/__dev/fault');

# --- many bursts of a fast RPS: no refusal either
my @all;
push @all, burst(18, sub { devrps_mint('burst@example.com', 1) }) for 1 .. 3;
is(codes(@all), '200 x54', 'three bursts of 18 with a fast RPS: all 200');

# --- a hanging RPS, held by the development RPS until released
devrps_fault(path => '/authenticate', mode => 'hang');
devrps_clear_log();
my $off = log_offset();
my $held = start_logins(12, sub { devrps_mint('burst@example.com', 1) });
is(wait_for($authenticates, 12), 12, '12 calls in flight: the RPS holds 12 /authenticate');

# one with the default wait of a second: it waits, then is refused
my ($bounded) = burst(1, sub { random_hex(32) }, 'X-Burst' => 'bounded');
is($bounded->[0], 503, 'the cap reached: a call waits its second for a slot, then 503');
my $waited = log_since($off);
like($waited, qr/MPIN04150: RPS call waits for a slot: 1 of at most 6 waiting/, 'it waited (MPIN04150)');
like($waited, qr/MPIN04151: RPS call refused after waiting 1 s for a slot/, 'then was refused (MPIN04151)');
cmp_ok($bounded->[1], '<', 1 + 30, sprintf('the wait is bounded (%.2f s; 1 s plus a large slack)', $bounded->[1]));

# six wait (a minute each): the most that may
$off = log_offset();
my $waiters = start_logins(6, sub { devrps_mint('burst@example.com', 1) });
is(wait_for(sub { log_count($off, qr/MPIN04150/) }, 6), 6, '6 more calls wait for a slot (MPIN04150)');

# beyond them, each one is refused without waiting
my $off_refused = log_offset();
@res = burst(12, sub { random_hex(32) });
is(codes(@res), '503 x12', 'beyond 12 in flight and 6 waiting: 12 more answered 503');
my $refused = log_since($off_refused);
my @at_once = $refused =~ /MPIN01205: RPS call refused at once: 12 RPS calls still in flight in this process, 6 more waiting for a slot/g;
is(scalar @at_once, 12, 'each of them refused at once, the 6 waiters counted (MPIN01205)');
is(log_count($off, qr/MPIN04150/) + log_count($off, qr/MPIN04151/), 6,
   'none of them waited, none of the waiters was refused');
is($authenticates->(), 12, 'still only 12 calls reached the RPS');

# 12 in calls and 6 waiting leave 7 of the 25 threads: the site is served
my $served = grep { http(GET => $srv->url('/login'))->code == 200 } 1 .. 10;
is($served, 10, 'the login page was served throughout');

# the RPS recovers: the held calls get their answers, the waiters their slots
devrps(DELETE => '/__dev/fault');
devrps(POST => '/__dev/release');
is(codes(collect($held), collect($waiters)), '200 x18',
   'released: the 12 held and the 6 that waited all log in');

# --- a call the RPS never answers ends at the total timeout (3 s here): 504
devrps_fault(path => '/authenticate', mode => 'hang', count => 1);
my ($hung) = burst(1, sub { random_hex(32) }, 'X-Burst' => 'bounded');
ok($hung->[0] == 504 && $hung->[1] < 3 + 30,
   sprintf('a hung RPS call: %d after %.2f s (the 3 s total timeout plus a large slack)', @$hung));
devrps(DELETE => '/__dev/fault');
devrps(POST => '/__dev/reset');

$srv->stop;
devrps_reset();
