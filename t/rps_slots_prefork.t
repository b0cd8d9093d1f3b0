# RPS call slots under prefork (issue 16 item 9): the cap on calls in flight
# is counted across the server's processes in shared memory; a child killed
# (kill -9) while inside an RPS call must not keep its slot, or capacity
# shrinks until a restart.  A prefork server with 4 children (cap: 2 calls),
# two logins hanging at the RPS, their children killed, then logins must
# work again without a restart.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer ();
use POSIX ();
use Time::HiRes qw(sleep time);

Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $srv = MpinServer->start(mpm => 'prefork', conf => <<'CONF');
StartServers 4
MinSpareServers 4
MaxSpareServers 4
ServerLimit 4
MaxRequestWorkers 4
<Location /mpinAuthenticate>
    MpinRpsTimeout 2 30
</Location>
CONF
my $parent = $srv->_pid;

sub children {
    my @pids = map { /^\s*(\d+)\s+(\d+)/ && $2 == $parent ? $1 : () } `ps -eo pid,ppid`;
    return @pids;
}

sub login {
    my $ott = devrps_mint('alice', 1);
    return http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
                'Content-Type' => 'application/json');
}

is(login()->code, 200, 'a login works on prefork');

# two logins that hang inside their RPS call, each in a child process of ours
devrps_fault(path => '/authenticate', mode => 'hang');
my @clients;
for (1 .. 2) {
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) { login(); POSIX::_exit(0) }
    push @clients, $pid;
}
# wait until the RPS holds both calls (a deadline only for a broken setup)
my $end = time + 60;
sleep 0.1 while time < $end && scalar(devrps_requests(POST => '/authenticate')) < 3;
is(scalar(devrps_requests(POST => '/authenticate')), 3, 'two calls hang at the RPS');

my $r = login();
is($r->code, 503, 'the cap (2 calls) is reached: a third login is refused at once');

# every httpd child dies with kill -9, the two in the calls with them
my @killed = children();
ok(@killed >= 2, 'the children of the server: ' . scalar @killed);
kill 'KILL', @killed;
waitpid $_, 0 for @clients;
devrps(DELETE => '/__dev/fault');
devrps(POST => '/__dev/reset');

# httpd starts new children; the slots of the dead must come back
my $code = 0;
$end = time + 60;
while (time < $end) {
    $code = login()->code;
    last if $code == 200;
    sleep 0.5;
}
is($code, 200, 'a login works again after the children in calls were killed, without a restart');
my @ok = map { login()->code } 1 .. 4;
is_deeply(\@ok, [200, 200, 200, 200], 'and keeps working');
like($srv->log, qr/MPIN03420: RPS call slot of process \d+ taken back/, 'the slots taken back are logged');

$srv->stop;
done_testing();
