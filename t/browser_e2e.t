# End-to-end browser tests in headless chromium (real M-Pin crypto in the browser, checked by the development RPS):
#  - t/browser/e2e.js walks the tutorial with the development PIN pad against the demo site of the test server;
#  - t/browser/phone.js signs a computer in with the phone (two browser contexts, the development mobile app at /m),
#    once with the RPS waiting for /loginResult (waitForLoginResult true) and once without, against an httpd of its
#    own (MpinServer, one process: MpinRpsLoginResult Auto's memory of the 404s stays there) that serves the app;
#  - t/browser/stepup.js logs in with the password form on that httpd, is sent to the PIN pad by a location that
#    says Require mpin-method pinpad, and comes back there after the PIN (the session upgraded, a new cookie).
# One ok per step of each script. Skipped only when chromium, node or t/browser/node_modules is missing.
# MPIN_E2E_DOCS=docs/screenshots refreshes the README's screenshots (from the run with waitForLoginResult true).
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use File::Spec::Functions qw(catfile catdir);
use File::Path qw(remove_tree);
use Cwd qw(abs_path);
use JSON::PP ();
use lib 't/lib';
use NodeTap qw(node_bin run_tap report_tap);

my $vars     = Apache::Test::vars();
my $browser  = catdir($vars->{t_dir}, 'browser');
my $chromium = $ENV{MPIN_CHROMIUM} || '/usr/bin/chromium';
my $node     = node_bin();
my $TIME_LIMIT = 120;   # seconds for each script (they cut themselves at 80)

if (!-x $chromium) {
    plan skip_all => "chromium is not installed ($chromium; apt-get install chromium)";
}
elsif (!$node) {
    plan skip_all => 'node is not installed';
}
elsif (!-f catfile($browser, 'node_modules', 'playwright-core', 'package.json')) {
    plan skip_all => "playwright-core is not installed (cd $browser && npm ci)";
}

require MpinTest;
require MpinServer;
MpinTest::devrps_reset();
# the script of /pinpad-hangs/login never answers (t/conf/extra.d/mpin_flow.conf)
MpinTest::devrps_fault(path => '/pinpad-hangs/mpin.js', mode => 'hang');

my $url = 'http://' . Apache::TestRequest::hostport();
local $ENV{MPIN_CHROMIUM}  = $chromium;
my $shots = $ENV{MPIN_E2E_SHOTS} // catdir($vars->{t_logs}, 'browser-e2e');
local $ENV{MPIN_E2E_SHOTS} = $shots;

# [name, run_tap's result] of a script of t/browser
sub run_script {
    my ($name, $script, @args) = @_;
    return [$name, run_tap($TIME_LIMIT, catfile($browser, $script), @args)];
}

my @runs = (run_script('browser', 'e2e.js', $url));

# The phone: an httpd that serves the development mobile app (demo/mobile, with the PIN pad's crypto bundle
# copied in: MpinMobileDir refuses links out of its folder), staged where httpd's children read.
my $top = abs_path(catdir($vars->{t_dir}, '..'));
my $stage = $ENV{MPIN_T_STAGE} or die 'MPIN_T_STAGE is not set (run t/run)';
remove_tree("$stage/mobile-app");
system('cp', '-RL', "$top/demo/mobile", "$stage/mobile-app") == 0 or die "cp demo/mobile: $?";
system('chmod', '-R', 'a+rX', "$stage/mobile-app") == 0 or die 'chmod';
# the login page offers the password form too, as the demo's does (the README's screenshot)
system('htpasswd', '-c', '-B', '-b', "$stage/spool/htpasswd-phone", 'john', '123') == 0 or die 'htpasswd';
# the step-up walk (stepup.js): a user with both a password and, registered in the walk, an M-Pin identity
my $stepup_user = 'stepup-' . time . '-' . int(rand 1e6) . '@example.com';
system('htpasswd', '-B', '-b', "$stage/spool/htpasswd-phone", $stepup_user, 'stepup-pw') == 0 or die 'htpasswd';
chmod 0644, "$stage/spool/htpasswd-phone";
my $srv = MpinServer->start(secret => 'browser-phone-secret-0123456789abcdef', one_process => 1, conf => <<"CONF");
MpinMobileDir "$stage/mobile-app"
<Location /login>
    MpinLoginMethods pinpad password
    MpinPasswordProvider file
    AuthUserFile "$stage/spool/htpasswd-phone"
</Location>
<Location /pin-only>
    AuthType MPin
    Require mpin-method pinpad
    SetHandler mpin-page
    MpinPageTemplate protected.html
</Location>
CONF
for my $wait (1, 0) {
    my $mode = $wait ? 'wait' : 'nowait';
    MpinTest::devrps_config(waitForLoginResult => $wait ? JSON::PP::true : JSON::PP::false);
    local $ENV{MPIN_E2E_DOCS} = $wait ? ($ENV{MPIN_E2E_DOCS} // '') : '';
    push @runs, run_script("phone, waitForLoginResult " . ($wait ? 'true' : 'false'), 'phone.js', $srv->url,
                           $ENV{MPIN_DEVRPS_URL}, $mode);
}
MpinTest::devrps_config(waitForLoginResult => JSON::PP::false);
push @runs, run_script('step-up from the password form to the PIN pad', 'stepup.js', $srv->url, $stepup_user,
                       'stepup-pw');
MpinTest::devrps_reset();
$srv->stop;

my $total = 0;
$total += ($_->[1]{planned} || 0) + 1 for @runs;
plan tests => $total;
Test::More->builder->failure_output(\*STDERR);
report_tap(@$_) for @runs;
