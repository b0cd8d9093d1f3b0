# Development RPS, unit level: its M-Pin server crypto (devrps/lib/devcrypto.js)
# against the PIN pad's client code (devrps/lib/mpinclient.js and the browser
# bundle pinpad/milagro-mpin.js), run by devrps/t/crypto.js (TAP, one ok each):
# a right PIN verifies, a wrong PIN does not and KANGAROO finds its PIN error,
# a replayed pass2 does not verify. Needs node and `npm ci` in devrps/.
use strict;
use warnings;
use FindBin;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use NodeTap qw(node_bin run_tap report_tap);

my $DEVRPS = "$FindBin::Bin/../devrps";
my $TIME_LIMIT = 120;

plan skip_all => 'node is not installed' unless node_bin();
plan skip_all => "milagro-crypto-js is not installed (cd $DEVRPS && npm ci)"
    unless -f "$DEVRPS/node_modules/milagro-crypto-js/package.json";

my $run = run_tap($TIME_LIMIT, "$DEVRPS/t/crypto.js");
if (!$run->{planned}) {
    plan tests => 1;
    ok(0, 'devrps/t/crypto.js ran');
    diag(join '', @{ $run->{lines} });
    exit;
}
plan tests => $run->{planned} + 1;
Test::More->builder->failure_output(\*STDERR);
report_tap('M-Pin', $run);
