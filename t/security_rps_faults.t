# Security item 7 and issue 6 "Faults of the RPS": a hanging RPS, one that
# resets connections or answers 10 MB, and one whose TLS certificate does not
# verify.  Logins fail within the timeout with 502/503/504, and protected
# pages with valid sessions are still served during a burst of 200 logins.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use Time::HiRes qw(time sleep);
use POSIX ();

plan tests => 14;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $cookie = login_as('faults@example.com');
ok($cookie, 'a session before the faults');

sub authenticate { http(POST => $_[0] // '/mpinAuthenticate', {mpinResponse => {authOTT => random_hex(32)}}) }

# --- a burst of 200 logins against a hanging RPS
devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'hang'});
my $start = time;
my @kids;
pipe(my $rd, my $wr) or die;
for my $i (1 .. 200) {
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        close $rd;
        my $t0 = time;
        my $r = authenticate();
        syswrite $wr, sprintf("%d %.2f\n", $r->code, time - $t0);
        POSIX::_exit(0);
    }
    push @kids, $pid;
}
close $wr;
# meanwhile, the protected site keeps working
sleep 0.5;
my ($served, $slowest) = (0, 0);
for (1 .. 20) {
    my $t0 = time;
    my $r = http(GET => '/protected', undef, Cookie => "mpin_session=$cookie");
    $served++ if $r->code == 200 && $r->content =~ /faults\@example\.com/;
    $slowest = time - $t0 if time - $t0 > $slowest;
    sleep 0.05;
}
my @results = map { [split] } <$rd>;
waitpid $_, 0 for @kids;
my $elapsed = time - $start;
is($served, 20, 'protected pages were served during the burst');
cmp_ok($slowest, '<', 1.5, 'quickly (slowest ' . sprintf('%.2f', $slowest) . ' s)');
is(scalar @results, 200, 'every login of the burst got an answer');
my %codes;
$codes{$_->[0]}++ for @results;
ok(!grep({ $_ != 504 && $_ != 503 } keys %codes),
   'each one 504 (RPS timed out) or 503 (too many waiting): ' . join(', ', map { "$_ x$codes{$_}" } sort keys %codes));
my ($longest) = sort { $b <=> $a } map { $_->[1] } @results;
cmp_ok($longest, '<', 6, sprintf('each login failed within the timeout (MpinRpsTimeout 2 3; longest %.1f s, burst %.1f s)',
                                 $longest // 99, $elapsed));
devrps(DELETE => '/__dev/fault');
devrps(POST => '/__dev/reset');
devrps_reset();

# --- resets, 10 MB: 502 and the server keeps serving
devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'drop', count => 1});
is(authenticate()->code, 502, 'an RPS that drops the connection: 502');
devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'huge', count => 1});
my $t0 = time;
is(authenticate()->code, 502, 'an RPS that answers 10 MB: 502');
cmp_ok(time - $t0, '<', 3, '... without reading it all');
is(http(GET => '/protected', undef, Cookie => "mpin_session=$cookie")->code, 200, 'the server keeps serving');

# --- TLS: verification is on by default
my $r = authenticate('/tls-bad/mpinAuthenticate');
is($r->code, 502, 'an https RPS whose certificate does not verify: 502');
my $log = do { local $/; open my $fh, '<', 't/logs/error_log' or die; <$fh> };
like($log, qr/RPS \/authenticate .*(certificate|SSL)/i, 'and the log says it is the certificate');
$r = authenticate('/tls-ca/mpinAuthenticate');
like($r->code, qr/^50[24]$/, 'trusted through MpinRpsCAFile: the handshake passes (then 502/504: not an RPS)');
$log = do { local $/; open my $fh, '<', 't/logs/error_log' or die; <$fh> };
my @lines = grep { /MPIN01605/ } split /\n/, $log;
unlike($lines[-1] // '', qr/certificate/i, '... not a certificate error this time');
