# `make demo` (scripts/demo) starts the tutorial's site with the module and the
# development RPS, offers both login methods, and stops cleanly.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET;
use LWP::UserAgent;
use POSIX ();
use Time::HiRes qw(sleep time);

plan tests => 11;
Test::More->builder->failure_output(\*STDERR);

sub free_port { IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1', LocalPort => 0)->sockport }
my ($port, $rps_port) = (free_port(), free_port());
my $base = "http://127.0.0.1:$port";

my $pid = fork // die "fork: $!";
if (!$pid) {
    POSIX::setpgid(0, 0);
    $ENV{MPIN_DEMO_PORT} = $port;
    $ENV{MPIN_DEMO_RPS_PORT} = $rps_port;
    open STDOUT, '>', '/dev/null';
    open STDERR, '>', '/dev/null';
    exec 'scripts/demo' or POSIX::_exit(127);
}
my $ua = LWP::UserAgent->new(timeout => 10, max_redirect => 0, cookie_jar => {});
# until both answer; the deadline is for a demo that never comes up (a busy
# machine may take a while to build and start it)
my $up;
my $end = time + 180;
while (1) {
    $up = $ua->get("$base/");
    last if $up->code == 200 && $ua->get("http://127.0.0.1:$rps_port/status")->code == 200;
    last if time > $end;
    sleep 0.2;
}
is($up->code, 200, 'the demo answers on its port');
like($up->content, qr/Hello\. You are not logged in/, 'with the tutorial\'s index page');
my $login = $ua->get("$base/login");
like($login->content, qr/id="pinHolder"/, '/login offers the PIN pad');
like($login->content, qr/name="password"/, '... and the username/password form');
my ($token) = $login->content =~ /name="csrf_token" value="([^"]+)"/;
my $r = $ua->post("$base/login", {username => 'john', password => '123', csrf_token => $token});
is($r->code, 303, 'the tutorial\'s john / 123 logs in');
like($ua->get("$base/protected")->content, qr/You are logged in as john/, 'and sees the protected page');
is($ua->get("http://127.0.0.1:$rps_port/status")->code, 200, 'the development RPS runs beside it');
my $walk = `scripts/flow-with-curl $base walk\@example.com 2>&1`;
like($walk, qr/You are logged in as walk\@example\.com/, 'scripts/flow-with-curl logs in with real M-Pin proofs');
like($walk, qr/< 408 .*Expired authentication request/, '... and its replayed authOTT is refused');

kill 'TERM', -$pid;
my $gone = 0;
$end = time + 60;
while (time < $end) {
    if (waitpid($pid, POSIX::WNOHANG()) == $pid) { $gone = 1; last }
    sleep 0.1;
}
ok($gone, 'the demo stops on a signal');
ok(!IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 1),
   'and httpd is gone');
kill 'KILL', -$pid unless $gone;
