# The PIN pad's crypto bundle pinpad/milagro-mpin.js is committed: it must be
# exactly what `node devrps/tools/build-pinpad-crypto.js` builds from the
# milagro-crypto-js and qrcode-generator pinned in devrps/package-lock.json and devrps/lib/mpinclient.js.
use strict;
use warnings;
use FindBin;
use Apache::Test qw(-withtestmore);

my $TOP = "$FindBin::Bin/..";
my ($NODE) = grep { -x $_ } map { ("$_/node", "$_/nodejs") } split /:/, ($ENV{PATH} || '');
$NODE = $ENV{NODE} if $ENV{NODE};

plan skip_all => 'node is not installed' unless $NODE;
plan tests => 3;

ok(-f "$TOP/pinpad/milagro-mpin.js", 'pinpad/milagro-mpin.js is there');
my $out = `"$NODE" "$TOP/devrps/tools/build-pinpad-crypto.js" --check --out "$TOP/pinpad/milagro-mpin.js" 2>&1`;
is($?, 0, 'pinpad/milagro-mpin.js is up to date with the pinned milagro-crypto-js and devrps/lib/mpinclient.js')
    or diag($out);
open my $fh, '<', "$TOP/pinpad/mpin.js" or die "pinpad/mpin.js: $!";
my $pad = do { local $/; <$fh> };
like($pad, qr/'milagro-mpin\.js'/, 'the PIN pad loads the bundle beside it');
