# Development RPS, unit level: its M-Pin server crypto (devrps/lib/devcrypto.js)
# against the PIN pad's client code (devrps/lib/mpinclient.js and the browser
# bundle pinpad/milagro-mpin.js), run by devrps/t/crypto.js (TAP, one ok each):
# a right PIN verifies, a wrong PIN does not and KANGAROO finds its PIN error,
# a replayed pass2 does not verify. Needs node and `npm ci` in devrps/.
use strict;
use warnings;
use FindBin;
use Apache::Test qw(-withtestmore);
use POSIX ();

my $DEVRPS = "$FindBin::Bin/../devrps";
my $SCRIPT = "$DEVRPS/t/crypto.js";
my ($NODE) = grep { -x $_ } map { ("$_/node", "$_/nodejs") } split /:/, ($ENV{PATH} || '');
$NODE = $ENV{NODE} if $ENV{NODE};
my $TIME_LIMIT = 120;

plan skip_all => 'node is not installed' unless $NODE;
plan skip_all => "milagro-crypto-js is not installed (cd $DEVRPS && npm ci)"
    unless -f "$DEVRPS/node_modules/milagro-crypto-js/package.json";

my $pid = open(my $out, '-|');
die "fork: $!" unless defined $pid;
if (!$pid) {
    POSIX::setpgid(0, 0);
    open STDERR, '>&', \*STDOUT or die "dup: $!";
    exec $NODE, $SCRIPT or POSIX::_exit(127);
}
my $timed_out = 0;
local $SIG{ALRM} = sub { $timed_out = 1; kill 'KILL', -$pid; };
alarm $TIME_LIMIT;
my @lines = <$out>;
alarm 0;
close $out;
my $status = $?;

my ($planned) = map { /^1\.\.(\d+)\s*$/ ? $1 : () } @lines;
if (!$planned) {
    plan tests => 1;
    ok(0, 'devrps/t/crypto.js ran');
    diag(join '', @lines);
    exit;
}
plan tests => $planned + 1;
Test::More->builder->failure_output(\*STDERR);
my (%result, $last);
for (@lines) {
    if (/^(not )?ok (\d+) - (.*?)\s*$/) { $result{$2} = [!$1, $3, '']; $last = $2 }
    elsif (/^#/ && $last) { $result{$last}[2] .= s/^#\s?//r }
    elsif (!/^1\.\./) { diag($_) }
}
for my $n (1 .. $planned) {
    my $r = $result{$n} || [0, "step $n (no result)", ''];
    ok($r->[0], "M-Pin: $r->[1]") or $r->[2] eq '' or diag($r->[2]);
}
ok(!$timed_out && $status == 0, 'crypto.js finished in time and exited 0')
    or diag($timed_out ? "killed after $TIME_LIMIT s" : "exit status $status");
