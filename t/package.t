# The Debian package: `make deb` builds libapache2-mod-mpin-rpa_*.deb, which
# installs into the machine's stock Apache and enables the module; a conf
# snippet protects /var/www/html/private, the stock apache2 (apache2ctl with
# Debian's envvars) serves it on a free port, and a login with an authOTT
# minted on the development RPS opens it.  Then everything is put back:
# apache2 stopped, the package purged, the snippet, the folder, ports.conf
# and socache_shmcb as they were.
#
# It changes the machine's Apache, so it runs only as root on Debian with
# the dpkg tools (scripts/deps test installs them); in CI it always runs.
# What it changed is recorded in $STATE first: a run killed half-way is
# undone by the next one.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Fcntl ();
use File::Path qw(make_path remove_tree);
use File::Temp qw(tempdir);
use IO::Socket::INET;
use LWP::UserAgent;
use POSIX ();
use Time::HiRes qw(sleep);
use FindBin;
use lib "$FindBin::Bin/lib";
use MpinTest qw(devrps_mint json_encode cookie_from);

my $PKG      = 'libapache2-mod-mpin-rpa';
my $STATE    = '/var/tmp/mpin-pkgtest';
my $SNIPPET  = 'mpin-pkgtest';
my $SNIPFILE = "/etc/apache2/conf-available/$SNIPPET.conf";
my $PORTS    = '/etc/apache2/ports.conf';
my $PRIVATE  = '/var/www/html/private';
my $MARK     = '.mpin-pkgtest';
my $PIDFILE  = '/var/run/apache2/apache2.pid';
# what `make install` may have left on the machine: kept and put back
my @PREEXISTING = ('/usr/lib/apache2/modules/mod_mpin_rpa.so', '/usr/share/mod_mpin_rpa',
    map({ "/etc/apache2/mods-available/$_" } qw(mpin_rpa.load mpin_rpa.conf mpin_rpa_endpoints.conf)),
    map({ "/etc/apache2/mods-enabled/$_" } qw(mpin_rpa.load mpin_rpa.conf)),
    map({ "/var/lib/apache2/module/$_/mpin_rpa" } qw(enabled_by_admin enabled_by_maint disabled_by_admin)));

$ENV{DEBIAN_FRONTEND} = 'noninteractive';
$ENV{PATH} = "/usr/local/sbin:/usr/sbin:/sbin:$ENV{PATH}";

sub have { my $c = shift; grep { -x "$_/$c" } split /:/, $ENV{PATH} }

sub why_not {
    return 'it installs a Debian package into the machine\'s Apache: run it as root' if $> != 0;
    return 'not a Debian machine (no /etc/debian_version)' unless -e '/etc/debian_version';
    my @missing = grep { !have($_) } qw(dpkg-buildpackage dh dh_apache2 fakeroot apxs apt-get
        dpkg-deb dpkg-query a2query a2enconf a2disconf a2dismod apache2ctl);
    return "missing tools: @missing (scripts/deps test installs them)" if @missing;
    return 'MPIN_DEVRPS_URL is not set (run it through t/run)' unless $ENV{MPIN_DEVRPS_URL};
    return 'the stock Apache layout is missing (/etc/apache2/ports.conf, /var/www/html)'
        unless -f $PORTS && -d '/var/www/html';
    return '';
}

my $why = why_not();
if ($why && $ENV{CI}) {
    plan tests => 1;
    fail("CI must run the package test, but $why");
    exit 0;
}
plan tests => 19, need({ $why ? ($why => 0) : () });
Test::More->builder->failure_output(\*STDERR);

# ------------------------------------------------------------ helpers
sub run_cmd {    # (cmd...) -> (exit status, output)
    my @cmd = @_;
    my $out = '';
    my $pid = open(my $fh, '-|') // die "fork: $!";
    if (!$pid) {
        open STDERR, '>&', \*STDOUT;
        open STDIN, '<', '/dev/null';
        exec @cmd or POSIX::_exit(127);
    }
    local $/;
    $out = <$fh> // '';
    close $fh;
    return ($? >> 8, $out);
}

sub quiet { my ($rc) = run_cmd(@_); $rc }

sub slurp { my $f = shift; open my $fh, '<', $f or return undef; local $/; <$fh> }

sub spew {
    my ($f, $text) = @_;
    open my $fh, '>', $f or die "$f: $!";
    print $fh $text;
    close $fh or die "$f: $!";
}

sub status { my ($rc, $s) = run_cmd('dpkg-query', '-W', '-f=${Status}', $PKG); $rc ? '' : $s }
sub installed { status() =~ /install ok installed/ }
sub known { my $s = status(); $s ne '' && $s !~ /not-installed/ }    # installed, or its conffiles left

sub systemd { -d '/run/systemd/system' }

sub apache_pid {
    my $pid = slurp($PIDFILE) // return 0;
    ($pid) = $pid =~ /(\d+)/ or return 0;
    return kill(0, $pid) ? $pid : 0;
}

sub stop_apache {
    my $pid = apache_pid() or return;
    if (systemd()) { quiet('systemctl', 'stop', 'apache2') }
    quiet('apache2ctl', '-k', 'stop') if apache_pid();
    for (1 .. 100) { last unless kill 0, $pid; sleep 0.1 }
}

sub free_port { IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1', LocalPort => 0)->sockport }

# Puts back what $STATE says was changed.  Safe to call more than once.
sub restore {
    return unless -d $STATE;
    stop_apache();
    if (-e $SNIPFILE || -l "/etc/apache2/conf-enabled/$SNIPPET.conf") {
        quiet('a2disconf', '-q', '-p', $SNIPPET);
        unlink $SNIPFILE;
    }
    quiet('apt-get', 'purge', '-y', '-q', $PKG) if known();
    # the postrm disables mpin_rpa; the socache_shmcb it pulled in stays
    if (-e "$STATE/shmcb-was-disabled" && -l '/etc/apache2/mods-enabled/socache_shmcb.load') {
        quiet('a2dismod', '-q', '-m', '-p', 'socache_shmcb');
    }
    quiet('tar', '-C', '/', '-xpf', "$STATE/preexisting.tar") if -e "$STATE/preexisting.tar";
    if (-e "$STATE/ports.conf") {
        spew($PORTS, slurp("$STATE/ports.conf"));
    }
    remove_tree($PRIVATE) if -e "$PRIVATE/$MARK";
    if (-e "$STATE/apache-was-running") {
        if (systemd()) { quiet('systemctl', 'start', 'apache2') }
        else { quiet('apache2ctl', '-k', 'start') }
    }
    remove_tree($STATE);
}

# ------------------------------------------------------------ record
# one run at a time on a machine (two checkouts' suites may run together)
my $LOCK = (-d '/run/lock' ? '/run/lock' : '/var/tmp') . '/mpin-pkgtest.lock';
open my $lock, '>>', $LOCK or die "$LOCK: $!";
my $locked;
for (1 .. 600) { last if $locked = flock $lock, Fcntl::LOCK_EX() | Fcntl::LOCK_NB(); sleep 0.5 }
die "another package test holds $LOCK\n" unless $locked;
restore();    # a run that was killed half-way
my $reason = '';
$reason = "$PKG is installed on this machine: the test would replace and purge it" if known();
$reason = "$PRIVATE exists: the test would replace it" if -e $PRIVATE;
if ($reason) {
    # not the kind of machine the test is for: say so in every test
    SKIP: { skip $reason, 19 }
    exit 0;
}

my $ports_orig = slurp($PORTS);
make_path($STATE);
spew("$STATE/ports.conf", $ports_orig);
spew("$STATE/shmcb-was-disabled", '') unless -l '/etc/apache2/mods-enabled/socache_shmcb.load';
my $was_running = apache_pid();
spew("$STATE/apache-was-running", '') if $was_running;
my @pre = grep { -e || -l } @PREEXISTING;
quiet('tar', '-C', '/', '-cpf', "$STATE/preexisting.tar", map { s{^/}{}r } @pre) if @pre;

my $done = 0;
END { restore() if $locked && !$done }
$SIG{$_} = sub { restore(); POSIX::_exit(1) } for qw(INT TERM HUP);

# ------------------------------------------------------------ build
my $out = tempdir('mpin-pkg.XXXXXX', TMPDIR => 1, CLEANUP => 1);
chdir "$FindBin::Bin/.." or die "chdir: $!";
# the suite runs the C unit tests itself: the package build skips them here
# the package is built as a user would, whatever SANITIZE the suite runs with
my ($rc, $log) = do {
    local $ENV{DEB_BUILD_OPTIONS} = 'nocheck';
    local $ENV{SANITIZE};
    delete $ENV{SANITIZE};
    run_cmd('make', '-s', 'deb', "DEB_OUT=$out", 'SANITIZE=');
};
my ($deb) = glob("$out/${PKG}_*.deb");
ok($rc == 0 && $deb, 'make deb builds the package') or diag($log);
$deb //= '/nonexistent.deb';

my (undef, $files) = run_cmd('dpkg-deb', '-c', $deb);
my @want = qw(./usr/lib/apache2/modules/mod_mpin_rpa.so ./etc/apache2/mods-available/mpin_rpa.load
    ./etc/apache2/mods-available/mpin_rpa.conf ./etc/apache2/mods-available/mpin_rpa_endpoints.conf
    ./usr/share/mod_mpin_rpa/templates/loginform.html ./usr/share/mod_mpin_rpa/pinpad/mpin.js
    ./usr/include/apache2/mod_mpin_rpa.h);
my @absent = grep { $files !~ /\s\Q$_\E$/m } @want;
ok(!@absent, 'with the module, its conf files, the templates, the PIN pad and the public header')
    or diag("missing: @absent");
my (undef, $depends) = run_cmd('dpkg-deb', '-f', $deb, 'Depends');
like($depends, qr/apache2-api-\d+/, 'depending on the Apache module API (dh_apache2)');

# ------------------------------------------------------------ install
# (over what `make install` left: the package's conf files win, without a question)
($rc, $log) = run_cmd('apt-get', 'install', '-y', '-q', '--no-install-recommends',
                      @pre ? ('-o', 'Dpkg::Options::=--force-confnew') : (), $deb);
my $port = 0;
my $installed = ok($rc == 0 && installed(), 'apt-get install ./' . ($deb =~ s{.*/}{}r) . ' installs it')
    or diag($log);
SKIP: {
    skip 'the package did not build or install', 11 unless $installed;
    my (undef, $q) = run_cmd('a2query', '-m', 'mpin_rpa');
    like($q, qr/enabled/, 'and enables the module (a2query -m mpin_rpa)');

    # the stock server on a free port, the RPS of the suite, a protected folder
    stop_apache();    # a running apache2 was restarted with the module by the postinst
    $port = free_port();
    spew($PORTS, "# $0: the package test's port, the original is in $STATE\nListen 127.0.0.1:$port\n");
    spew($SNIPFILE, <<~"EOF");
    # $0: the package test's site (removed when it ends)
    ServerName 127.0.0.1
    DocumentRoot /var/www/html
    MpinRpsURL $ENV{MPIN_DEVRPS_URL}
    MpinSessionSecret "package-test-secret-0123456789abcdef"
    Include /etc/apache2/mods-available/mpin_rpa_endpoints.conf
    <Directory $PRIVATE>
        AuthType MPin
        Require valid-user
    </Directory>
    EOF
    quiet('a2enconf', '-q', $SNIPPET);
    make_path($PRIVATE);
    spew("$PRIVATE/$MARK", '');
    spew("$PRIVATE/index.html", "<p>package test: private page</p>\n");
    chmod 0644, "$PRIVATE/index.html";

    my $ERRLOG = '/var/log/apache2/error.log';
    my $logpos = -s $ERRLOG || 0;
    ($rc, $log) = run_cmd('apache2ctl', '-k', 'start');
    my $up;
    for (1 .. 100) {
        last if $up = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 1);
        sleep 0.1;
    }
    ok($rc == 0 && $up, "the stock apache2 starts with it (apache2ctl -k start, port $port)")
        or diag($log, `tail -n 20 $ERRLOG 2>&1`);
    my $startup = '';
    if (open my $fh, '<', $ERRLOG) { seek $fh, $logpos, 0; local $/; $startup = <$fh> // '' }
    my @bad = grep { /\[mpin_rpa:(?:warn|error|crit|alert|emerg)\]/ } split /\n/, $startup;
    ok(!@bad, '  and the module logs no warning or error at start-up (installed templates found)')
        or diag(join "\n", @bad);

    # ------------------------------------------------------------ login
    my $base = "http://127.0.0.1:$port";
    my $ua = LWP::UserAgent->new(timeout => 10, max_redirect => 0);
    my $r = $ua->get("$base/private/", Accept => 'text/html');
    is($r->code, 302, '/private/ without a session is a redirect');
    like($r->header('Location') // '', qr{^/login\?return_to=%2Fprivate%2F$}, '  to /login, back to /private/');
    $r = $ua->get("$base/login", Accept => 'text/html');
    like($r->content, qr/id="pinHolder"/, '/login is the PIN pad page from the installed templates');

    my $ott = eval { devrps_mint('pkg@example.com', 1) } // '';
    like($ott, qr/^[0-9a-f]{32,64}$/i, 'the development RPS mints an authOTT');
    $r = $ua->post("$base/mpinAuthenticate", 'Content-Type' => 'application/json',
                   Content => json_encode({mpinResponse => {authOTT => $ott}}));
    is($r->code, 200, 'POST /mpinAuthenticate with it logs in') or diag($r->as_string);
    my $cookie = cookie_from($r) // '';
    ok(length $cookie, '  and sets the session cookie');
    $r = $ua->get("$base/private/", Accept => 'text/html', Cookie => "mpin_session=$cookie");
    is($r->code, 200, 'the cookie opens /private/');
    like($r->content, qr/package test: private page/, '  and /var/www/html/private/index.html is served');
}

# ------------------------------------------------------------ clean up
restore();
$done = 1;
my @left = grep { -e || -l } @PREEXISTING;
ok(!known() && "@left" eq "@pre", 'the package is purged (and what make install had left is back)')
    or diag("before: @pre\nafter: @left");
ok(!IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 1), 'apache2 is stopped');
ok(!-e $SNIPFILE && !-e "/etc/apache2/conf-enabled/$SNIPPET.conf" && !-e $PRIVATE,
   'the snippet and the private folder are gone');
ok(!-d $STATE && (slurp($PORTS) // '') eq $ports_orig, 'ports.conf is restored');
