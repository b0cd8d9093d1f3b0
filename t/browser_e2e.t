# End-to-end browser test: the tutorial walked in headless chromium with the development PIN pad
# (t/browser/e2e.js), against the demo site of the test server. One ok per step of e2e.js.
# Skipped only when chromium, node or t/browser/node_modules is missing (the harness installs them).
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use File::Spec::Functions qw(catfile catdir);
use POSIX ();

my $vars     = Apache::Test::vars();
my $browser  = catdir($vars->{t_dir}, 'browser');
my $script   = catfile($browser, 'e2e.js');
my $chromium = $ENV{MPIN_CHROMIUM} || '/usr/bin/chromium';
my ($node)   = grep { -x } map { catfile($_, 'node') } split /:/, $ENV{PATH} // '';
my $TIME_LIMIT = 120;  # seconds; e2e.js cuts itself at 80

if (!-x $chromium) {
    plan skip_all => "chromium is not installed ($chromium; apt-get install chromium)";
}
elsif (!$node) {
    plan skip_all => 'node is not installed';
}
elsif (!-f catfile($browser, 'node_modules', 'playwright-core', 'package.json')) {
    plan skip_all => "playwright-core is not installed (cd $browser && npm ci)";
}

# a clean development RPS whose registration callback is this server's /mpinVerify
require lib; lib->import('t/lib');
require MpinTest;
MpinTest::devrps_reset();
# the script of /pinpad-hangs/login never answers (t/conf/extra.d/mpin_flow.conf)
MpinTest::devrps_fault(path => '/pinpad-hangs/mpin.js', mode => 'hang');

my $url = 'http://' . Apache::TestRequest::hostport();
local $ENV{MPIN_CHROMIUM}  = $chromium;
local $ENV{MPIN_E2E_SHOTS} = $ENV{MPIN_E2E_SHOTS} // catdir($vars->{t_logs}, 'browser-e2e');

# Run e2e.js in its own process group, so that a hung run can be ended with everything it started.
my $pid = open(my $out, '-|');
die "fork: $!" unless defined $pid;
if (!$pid) {
    POSIX::setpgid(0, 0);
    open STDERR, '>&', \*STDOUT or die "dup: $!";
    exec $node, $script, $url or POSIX::_exit(127);
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
    Test::More->builder->failure_output(\*STDERR);
    ok(0, "e2e.js ran ($url)");
    diag(join '', @lines);
    exit;
}

plan tests => $planned + 1;
Test::More->builder->failure_output(\*STDERR);
my %result;   # step number => [passed, name, diagnostics]
my $last;
for (@lines) {
    if (/^(not )?ok (\d+) - (.*?)\s*$/) {
        $result{$2} = [!$1, $3, ''];
        $last = $2;
    }
    elsif (/^#/ && $last) {
        $result{$last}[2] .= s/^#\s?//r;
    }
    elsif (/^#/) {
        note(s/^#\s?//r);
    }
}
for my $n (1 .. $planned) {
    my $r = $result{$n} || [0, "step $n (no result)", ''];
    ok($r->[0], "browser: $r->[1]") or $r->[2] eq '' or diag($r->[2]);
}
ok(!$timed_out && $status == 0, 'e2e.js finished in time and exited 0')
    or diag($timed_out ? "killed after $TIME_LIMIT s" : "exit status $status\n" . join '', grep { !/^(not )?ok / } @lines);
