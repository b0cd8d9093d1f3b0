# The Debian package as an administrator meets it (issue 19): README.md's
# "Debian package, step by step", read from README.md and run command for
# command on the machine's own Apache, which already serves a site of its
# own: "/", static pages, a folder /var/www/html/private and an app behind
# ProxyPass /app/ (a small backend this test starts).  The one change to the
# README's text: the RPS address http://127.0.0.1:8011 becomes the
# development RPS of the suite (MPIN_DEVRPS_URL).  Commands run as root, so
# their "sudo " is dropped; the package is built as a user would
# (no SANITIZE; DEB_BUILD_OPTIONS=nocheck, since the suite runs the unit
# tests itself); htpasswd -i reads the password from the input.  Under
# `make test SANITIZE=1` the commands still see make's MAKEFLAGS, which
# carry SANITIZE=1: the package must build without sanitizers all the same.
# A failure's output is also written to $MPIN_T_STAGE/failures/, which t/run
# prints after the summary, where a CI log's tail shows it.
#
# It shows: every path outside the module's endpoints answers byte for byte
# as before; the key the package made (mode 600, root) and kept on upgrade;
# the login page's PIN pad served by the module (no internet); a PIN login
# and a password login reach the protected folder and app; a graceful
# reload keeps the session; the documented purge leaves /etc/apache2 as it
# was (a checksum listing before and after).  Then the machine is put back:
# the site, its pages, ports.conf, proxy_http, what `make install` had left.
#
# It changes the machine's Apache, so it runs only as root on Debian with
# the dpkg tools (scripts/deps test installs them); in CI it always runs.
# What it changed is recorded in $STATE first: a run killed half-way is
# undone by the next one.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Cwd qw(abs_path);
use Digest::SHA ();
use Fcntl ();
use File::Find ();
use File::Path qw(make_path remove_tree);
use File::Temp qw(tempdir);
use IO::Socket::INET;
use LWP::UserAgent;
use POSIX ();
use Time::HiRes qw(sleep time);
use FindBin;
use lib "$FindBin::Bin/lib";
use MpinTest qw(devrps_mint json_encode cookie_from);

my $PKG      = 'libapache2-mod-mpin-rpa';
my $TOP      = abs_path("$FindBin::Bin/..");
my $STATE    = '/var/tmp/mpin-pkgtest';
my $SITE     = 'mpin-pkgtest-site';
my $SITEFILE = "/etc/apache2/sites-available/$SITE.conf";
my $PORTS    = '/etc/apache2/ports.conf';
my $DOCROOT  = '/var/www/html';
my $PRIVATE  = "$DOCROOT/private";
my $PAGE     = "$DOCROOT/mpin-pkgtest-page.html";
my $MARK     = '.mpin-pkgtest';
my $PIDFILE  = '/var/run/apache2/apache2.pid';
my $KEY      = '/etc/apache2/mpin_rpa.key';
my $ERRLOG   = '/var/log/apache2/error.log';
my $PASSWORD = 'package-test-password';
my $README_RPS = 'http://127.0.0.1:8011';
my $TMP      = tempdir('mpin-pkg.XXXXXX', TMPDIR => 1, CLEANUP => 1);
# what `make install` may have left on the machine: kept and put back
my @PREEXISTING = ('/usr/lib/apache2/modules/mod_mpin_rpa.so', '/usr/share/mod_mpin_rpa', $KEY,
    map({ "/etc/apache2/mods-available/$_" } qw(mpin_rpa.load mpin_rpa.conf mpin_rpa_endpoints.conf)),
    map({ "/etc/apache2/mods-enabled/$_" } qw(mpin_rpa.load mpin_rpa.conf)),
    map({ "/var/lib/apache2/module/$_/mpin_rpa" } qw(enabled_by_admin enabled_by_maint disabled_by_admin)));

$ENV{DEBIAN_FRONTEND} = 'noninteractive';
$ENV{PATH} = "/usr/local/sbin:/usr/sbin:/sbin:$ENV{PATH}";

sub have { my $c = shift; grep { -x "$_/$c" } split /:/, $ENV{PATH} }

sub slurp { my $f = shift; open my $fh, '<', $f or return undef; local $/; <$fh> }

sub spew {
    my ($f, $text) = @_;
    open my $fh, '>', $f or die "$f: $!";
    print $fh $text;
    close $fh or die "$f: $!";
}

# ------------------------------------------------------------ the README's steps
# [[step number, [block...]]...]; a block: {lang, text}
sub readme_steps {
    my $readme = slurp("$TOP/README.md") // return;
    my ($section) = $readme =~ /^## Debian package, step by step\n(.*?)(?=^## )/ms or return;
    my (@steps, $cur);
    my @lines = split /\n/, $section;
    for (my $i = 0; $i < @lines; $i++) {
        if ($lines[$i] =~ /^(\d+)\. /) { push @steps, $cur = [$1, []]; next }
        if ($lines[$i] =~ /^```(\w+)$/) {
            my $lang = $1;
            my @body;
            push @body, $lines[$i] while ++$i < @lines && $lines[$i] ne '```';
            die "README: a block before the first step\n" unless $cur;
            push @{ $cur->[1] }, {lang => $lang, text => join('', map { "$_\n" } @body)};
        }
    }
    return \@steps;
}

my $steps = readme_steps();

sub why_not {
    return 'it installs a Debian package into the machine\'s Apache: run it as root' if $> != 0;
    return 'not a Debian machine (no /etc/debian_version)' unless -e '/etc/debian_version';
    my @missing = grep { !have($_) } qw(dpkg-buildpackage dh dh_apache2 fakeroot apxs apt apt-get
        dpkg-deb dpkg-query a2query a2enconf a2disconf a2ensite a2dissite a2enmod a2dismod apache2ctl htpasswd);
    return "missing tools: @missing (scripts/deps test installs them)" if @missing;
    return 'MPIN_DEVRPS_URL is not set (run it through t/run)' unless $ENV{MPIN_DEVRPS_URL};
    return 'the stock Apache layout is missing (/etc/apache2/ports.conf, /var/www/html)'
        unless -f $PORTS && -d $DOCROOT;
    return '';
}

my $why = why_not();
if ($why && $ENV{CI}) {
    plan tests => 1;
    fail("CI must run the package test, but $why");
    exit 0;
}
my $commands = 0;
$commands += grep { !/^\s*(#|$)/ } map { split /\n/, $_->{text} } grep { $_->{lang} eq 'sh' } map { @{ $_->[1] } } @$steps
    if $steps;
my $TESTS = 48 + $commands;
plan tests => $TESTS, need({ $why ? ($why => 0) : () });
# failures and their diagnostics: to stderr and to a file t/run prints last
my $failures = \*STDERR;
if (my $dir = $ENV{MPIN_T_STAGE} && "$ENV{MPIN_T_STAGE}/failures") {
    make_path($dir);
    if (open my $tee, '|-', "tee -a '$dir/package.t' >&2") { $tee->autoflush(1); $failures = $tee }
}
Test::More->builder->failure_output($failures);

# ------------------------------------------------------------ helpers
sub run_cmd {    # ([cmd...] or "shell line", input) -> (exit status, output)
    my ($cmd, $input) = @_;
    my $in = '/dev/null';
    if (defined $input) { $in = "$TMP/stdin"; spew($in, $input) }
    my $pid = open(my $fh, '-|') // die "fork: $!";
    if (!$pid) {
        open STDERR, '>&', \*STDOUT;
        open STDIN, '<', $in;
        chdir $TOP;
        exec(ref $cmd ? @$cmd : ('/bin/sh', '-ec', $cmd)) or POSIX::_exit(127);
    }
    local $/;
    my $out = <$fh> // '';
    close $fh;
    return ($? >> 8, $out);
}

sub quiet { my ($rc) = run_cmd([@_]); $rc }

sub status { my ($rc, $s) = run_cmd(['dpkg-query', '-W', '-f=${Status}', $PKG]); $rc ? '' : $s }
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

sub start_apache {
    if (systemd()) { return run_cmd(['systemctl', 'start', 'apache2']) }
    return run_cmd(['apache2ctl', '-k', 'start']);
}

sub free_port { IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1', LocalPort => 0)->sockport }

sub enabled { my $m = shift; -l "/etc/apache2/mods-enabled/$m.load" }

# The site's proxied app: answers every request with its method and path.
sub start_backend {
    my $listen = IO::Socket::INET->new(Listen => 16, LocalAddr => '127.0.0.1', LocalPort => 0, ReuseAddr => 1)
        or die "backend: $!";
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        $SIG{$_} = 'DEFAULT' for qw(INT TERM HUP);
        while (my $c = $listen->accept) {
            my $head = '';
            while (defined(my $l = <$c>)) { $head .= $l; last if $l =~ /^\r?\n$/ }
            my ($method, $path) = $head =~ /^(\S+) (\S+)/;
            my $body = "the site's app: " . ($method // '?') . ' ' . ($path // '?') . "\n";
            print $c "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . length($body)
                . "\r\nConnection: close\r\n\r\n$body";
            close $c;
        }
        POSIX::_exit(0);
    }
    spew("$STATE/backend.pid", $pid);
    return $listen->sockport;
}

# Puts back what $STATE says was changed.  Safe to call more than once.
sub restore {
    return unless -d $STATE;
    stop_apache();
    if (my $b = slurp("$STATE/backend.pid")) { kill 'TERM', $b if $b =~ /^\d+$/ && $b != $$ }
    for my $conf ('mpin-site') {    # what the README's step 2 made, if the run stopped before step 5
        if (-e "/etc/apache2/conf-available/$conf.conf" && -e "$STATE/no-$conf-before") {
            quiet('a2disconf', '-q', '-p', $conf);
            unlink "/etc/apache2/conf-available/$conf.conf";
        }
    }
    unlink '/etc/apache2/mpin-passwords' if -e "$STATE/no-passwords-before";
    if (-e $SITEFILE) {
        quiet('a2dissite', '-q', '-p', $SITE);
        unlink $SITEFILE;
    }
    quiet('apt-get', 'purge', '-y', '-q', $PKG) if known();
    for my $m (qw(proxy_http proxy socache_shmcb)) {
        quiet('a2dismod', '-q', '-m', '-p', $m) if -e "$STATE/$m-was-disabled" && enabled($m);
    }
    quiet('tar', '-C', '/', '-xpf', "$STATE/preexisting.tar") if -e "$STATE/preexisting.tar";
    spew($PORTS, slurp("$STATE/ports.conf")) if -e "$STATE/ports.conf";
    remove_tree($PRIVATE) if -e "$PRIVATE/$MARK";
    unlink $PAGE if -e "$STATE/page-made";
    unlink "$DOCROOT/index.html" if -e "$STATE/index-made";
    for my $deb (glob "$TOP/${PKG}_*.deb") { unlink $deb }    # what step 1 built
    if (-d "$STATE/debs") { rename $_, "$TOP/" . (s{.*/}{}r) for glob "$STATE/debs/*" }
    start_apache() if -e "$STATE/apache-was-running";
    remove_tree($STATE);
}

# A listing of /etc/apache2: every path with its type, mode, owner, link
# target and, for files, SHA-256.
sub etc_listing {
    my @rows;
    File::Find::find({no_chdir => 1, wanted => sub {
        my @st = lstat $_ or return;
        my $type = -l _ ? 'l' : -d _ ? 'd' : -f _ ? 'f' : '?';
        my $what = $type eq 'l' ? readlink($_) : $type eq 'f' ? Digest::SHA->new(256)->addfile($_)->hexdigest : '';
        push @rows, sprintf '%s %s %04o %d:%d %s', $_, $type, $st[2] & 07777, $st[4], $st[5], $what;
    }}, '/etc/apache2');
    return join "\n", sort @rows;
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
$reason = "$SITEFILE exists" if -e $SITEFILE;
$reason = 'README.md has no "Debian package, step by step" with five steps' unless $steps && @$steps == 5;
if ($reason) {
    # not the kind of machine the test is for: say so in every test
    SKIP: { skip $reason, $TESTS }
    exit 0;
}

make_path($STATE);
spew("$STATE/ports.conf", slurp($PORTS));
spew("$STATE/apache-was-running", '') if apache_pid();
for (qw(proxy_http proxy socache_shmcb)) { spew("$STATE/$_-was-disabled", '') unless enabled($_) }
spew("$STATE/no-mpin-site-before", '') unless -e '/etc/apache2/conf-available/mpin-site.conf';
spew("$STATE/no-passwords-before", '') unless -e '/etc/apache2/mpin-passwords';
my @pre = grep { -e || -l } @PREEXISTING;
quiet('tar', '-C', '/', '-cpf', "$STATE/preexisting.tar", map { s{^/}{}r } @pre) if @pre;
if (my @debs = glob "$TOP/${PKG}_*.deb") { make_path("$STATE/debs"); rename $_, "$STATE/debs/" . (s{.*/}{}r) for @debs }

my $done = 0;
END { restore() if $locked && !$done }
$SIG{$_} = sub { restore(); POSIX::_exit(1) } for qw(INT TERM HUP);

# ------------------------------------------------------------ the existing site
# what `make install` left goes away for the run (no conffile questions), back at the end
if (@pre) { quiet('apt-get', 'purge', '-y', '-q', $PKG) if known(); remove_tree($_) for grep { -d && !-l } @pre; unlink grep { -f || -l } @pre }
stop_apache();
my $port = free_port();
my $backend = start_backend();
spew($PORTS, "# $0: the package test's port, the original is in $STATE\nListen 127.0.0.1:$port\n");
spew($SITEFILE, <<~"EOF");
# $0: the existing site (removed when the test ends)
<VirtualHost 127.0.0.1:$port>
    ServerName 127.0.0.1
    DocumentRoot $DOCROOT
    ProxyPass /app/ http://127.0.0.1:$backend/
    ProxyPassReverse /app/ http://127.0.0.1:$backend/
</VirtualHost>
EOF
quiet('a2enmod', '-q', 'proxy_http');
quiet('a2ensite', '-q', $SITE);
make_path($PRIVATE);
spew("$PRIVATE/$MARK", '');
spew("$PRIVATE/index.html", "<p>the site's private page</p>\n");
spew("$PAGE", "<p>the site's own page</p>\n") and spew("$STATE/page-made", '') unless -e $PAGE;
spew("$DOCROOT/index.html", "<p>the site's home page</p>\n") and spew("$STATE/index-made", '')
    unless -e "$DOCROOT/index.html";
chmod 0644, "$PRIVATE/index.html", $PAGE;

my $base = "http://127.0.0.1:$port";
my $ua = LWP::UserAgent->new(timeout => 15, max_redirect => 0, keep_alive => 0);
sub get { my ($path, @h) = @_; $ua->get("$base$path", Accept => 'text/html', @h) }
sub up {
    for (1 .. 300) { return 1 if IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 1); sleep 0.1 }
    return 0;
}
my ($rc, $log) = start_apache();
ok($rc == 0 && up(), "the existing site runs on the stock apache2 (port $port, /app/ proxied to $backend)")
    or diag($log, `tail -n 20 $ERRLOG 2>&1`);

# every path outside the module's endpoints, as it answers now
my @PUBLIC = ('/', '/index.html', '/mpin-pkgtest-page.html', '/nonexistent', '/protected', '/private.html',
              '/icons/', '/?x=1');
my @GUARDED = ('/private/', '/private/index.html', '/app/', '/app/some/page?x=1');
my %before = map { my $r = get($_); ($_ => [$r->code, $r->header('Content-Type') // '', $r->content]) } @PUBLIC, @GUARDED;
is($before{'/app/some/page?x=1'}[2], "the site's app: GET /some/page?x=1\n", 'the app answers behind ProxyPass');
is($before{'/private/'}[0], 200, '/private/ is public before');
my $etc_before = etc_listing();

# ------------------------------------------------------------ the README's steps
sub run_step {
    my ($n) = @_;
    my ($step) = grep { $_->[0] == $n } @$steps;
    for my $b (@{ $step->[1] }) {
        my $text = $b->{text} =~ s/\Q$README_RPS\E/$ENV{MPIN_DEVRPS_URL}/gr;
        if ($b->{lang} eq 'sh') {
            for my $line (grep { !/^\s*(#|$)/ } split /\n/, $text) {
                my $cmd = $line =~ s/^sudo //r;
                local $ENV{DEB_BUILD_OPTIONS} = 'nocheck';
                local $ENV{SANITIZE};
                delete $ENV{SANITIZE};
                my ($rc, $out) = run_cmd($cmd, "$PASSWORD\n");
                is($rc, 0, "step $n: $line") or diag($out);
            }
        }
        elsif ($b->{lang} eq 'apache') {
            my ($file) = $text =~ m{\A# (/etc/apache2/\S+)\n} or die "step $n: an apache block without its file";
            spew($file, $text);
        }
    }
}

# the configuration apache2 runs after a reload: the new generation answers /login
sub reloaded {
    my ($want) = @_;
    for (1 .. 300) { my $r = get('/login'); return 1 if ($r->code == 200) == $want; sleep 0.1 }
    return 0;
}

my $logpos = -s $ERRLOG || 0;
run_step(1);
ok(installed(), "$PKG is installed");
my (undef, $files) = run_cmd(['dpkg-query', '-L', $PKG]);
my @absent = grep { $files !~ /^\Q$_\E$/m } qw(/usr/lib/apache2/modules/mod_mpin_rpa.so
    /etc/apache2/mods-available/mpin_rpa.load /etc/apache2/mods-available/mpin_rpa.conf
    /etc/apache2/mods-available/mpin_rpa_endpoints.conf /usr/share/mod_mpin_rpa/templates/loginform.html
    /usr/share/mod_mpin_rpa/pinpad/mpin.js /usr/share/mod_mpin_rpa/pinpad/milagro-mpin.js
    /usr/include/apache2/mod_mpin_rpa.h);
ok(!@absent, '  with the module, its conf files, the templates, the PIN pad and the public header')
    or diag("missing: @absent");
# a sanitizer build loads only with its runtime preloaded: apache2 -t fails
my $so = slurp('/usr/lib/apache2/modules/mod_mpin_rpa.so') // '';
ok($so ne '' && $so !~ /__(?:asan|ubsan)_/, '  the module is built without sanitizers (whatever SANITIZE or MAKEFLAGS say)');
my (undef, $depends) = run_cmd(['dpkg-query', '-W', '-f=${Depends}', $PKG]);
like($depends, qr/apache2-api-\d+/, '  depending on the Apache module API (dh_apache2)');
my (undef, $q) = run_cmd(['a2query', '-m', 'mpin_rpa']);
like($q, qr/enabled/, 'and enables the module (a2query -m mpin_rpa)');
my @st = stat $KEY;
ok(@st && ($st[2] & 07777) == 0600 && $st[4] == 0, "it made the session key $KEY, mode 600, owner root")
    or diag(@st ? sprintf('mode %04o owner %d', $st[2] & 07777, $st[4]) : 'no key');
like(slurp($KEY) // '', qr/^[0-9a-f]{64}\n\z/, '  64 hex digits of random');
my $key = slurp($KEY) // '';
my ($deb) = glob "$TOP/${PKG}_*.deb";
($rc, $log) = run_cmd(['apt-get', 'install', '-y', '-q', '--reinstall', $deb // '/nonexistent.deb']);
is(slurp($KEY) // '', $key, 'an upgrade (reinstall) keeps the key') or diag($log);
ok(up(), 'apache2 still runs (the postinst restarts it, where policy-rc.d allows)');
is(join('|', map { my $r = get($_); $r->code . ' ' . $r->content } @PUBLIC, @GUARDED),
   join('|', map { "$before{$_}[0] $before{$_}[2]" } @PUBLIC, @GUARDED),
   '  and the site answers as before: the module alone changes nothing');

run_step(2);
run_step(3);
ok(reloaded(1), 'after the reload /login answers');
my $startup = '';
if (open my $fh, '<', $ERRLOG) { seek $fh, $logpos, 0; local $/; $startup = <$fh> // '' }
my @bad = grep { /\[mpin_rpa:(?:warn|error|crit|alert|emerg)\]/ } split /\n/, $startup;
ok(!@bad, '  and the module logged no warning or error (the key is set and private, templates found)')
    or diag(join "\n", @bad);

# every path outside the endpoints: byte for byte as before
for my $p (@PUBLIC) {
    my $r = get($p);
    ok($r->code == $before{$p}[0] && ($r->header('Content-Type') // '') eq $before{$p}[1]
       && $r->content eq $before{$p}[2], "$p answers byte for byte as before ($before{$p}[0])")
        or diag($r->as_string);
}
my $r = get('/private/');
is($r->code, 302, '/private/ without a session: a redirect');
is($r->header('Location') // '', '/login?return_to=%2Fprivate%2F', '  to /login, back to /private/');
$r = get('/app/some/page?x=1');
is($r->code, 302, '/app/ without a session: a redirect');

# the login page and its PIN pad: from this server, no internet
$r = get('/login');
my $html = $r->content;
my ($script) = $html =~ /<script type="text\/javascript" src="([^"]+)"/;
is($script, '/mpin-pinpad/mpin.js', 'the login page\'s PIN pad script is on this site');
unlike($html, qr{(?:src|href)="(?:https?:)?//}, '  and the page loads nothing from another host');
for my $f ('/mpin-pinpad/mpin.js', '/mpin-pinpad/milagro-mpin.js') {
    my $s = get($f);
    ok($s->code == 200 && ($s->header('Content-Type') // '') =~ m{^text/javascript}
       && $s->content eq (slurp("/usr/share/mod_mpin_rpa/pinpad" . ($f =~ s{.*/}{/}r)) // ''),
       "$f: 200, JavaScript, the installed file") or diag($s->status_line);
}
like($html, qr/<form method="POST"/, 'and the password form');

# a PIN login (an authOTT minted on the development RPS, as the PIN pad gets it)
my $ott = eval { devrps_mint('pkg@example.com', 1) } // '';
$r = $ua->post("$base/mpinAuthenticate", 'Content-Type' => 'application/json',
               Content => json_encode({mpinResponse => {authOTT => $ott}}));
is($r->code, 200, 'a PIN login (POST /mpinAuthenticate) succeeds') or diag($r->as_string);
my $pin = cookie_from($r) // '';
$r = get('/private/', Cookie => "mpin_session=$pin");
ok($r->code == 200 && $r->content eq $before{'/private/'}[2], '  its session opens /private/: the same page as before');
$r = get('/app/some/page?x=1', Cookie => "mpin_session=$pin");
ok($r->code == 200 && $r->content eq $before{'/app/some/page?x=1'}[2], '  and the app');

# a password login: the form's CSRF token with its pre-login cookie
$r = get('/login?return_to=%2Fapp%2F');
my $pre = cookie_from($r, 'mpin_login') // '';
my ($token) = $r->content =~ /name="csrf_token" value="([^"]+)"/;
$r = $ua->post("$base/login", Accept => 'text/html', Cookie => "mpin_login=$pre",
               Content => [username => 'john', password => $PASSWORD, csrf_token => $token // '', return_to => '/app/']);
like($r->code, qr/^30[23]$/, 'a password login (john, from the htpasswd file of step 3) succeeds') or diag($r->as_string);
is($r->header('Location') // '', '/app/', '  back to /app/');
my $pw = cookie_from($r) // '';
$r = get('/app/', Cookie => "mpin_session=$pw");
ok($r->code == 200 && $r->content eq $before{'/app/'}[2], '  its session opens the app');
$r = get('/private/', Cookie => "mpin_session=$pw");
is($r->code, 200, '  and /private/');

# step 4: a graceful reload keeps the sessions
run_step(4);
sleep 1;
ok(reloaded(1), 'after the graceful reload the site answers');
is(get('/private/', Cookie => "mpin_session=$pin")->code, 200, '  and the PIN session still opens /private/');
is(get('/app/', Cookie => "mpin_session=$pw")->code, 200, '  and the password session the app');

# step 5: the documented removal, then /etc/apache2 as it was
run_step(5);
ok(!known(), "$PKG is purged");
ok(!-e $KEY, '  with the key it made');
my $etc_after = etc_listing();
ok($etc_after eq $etc_before, '/etc/apache2 is as it was before step 1 (a checksum listing of every file and link)')
    or diag(join "\n", (map { "new: $_" } grep { my $l = $_; index("$etc_before\n", "$l\n") < 0 } split /\n/, $etc_after),
                       (map { "gone: $_" } grep { my $l = $_; index("$etc_after\n", "$l\n") < 0 } split /\n/, $etc_before));
ok(reloaded(0) && up(), 'apache2 still runs');
is(join('|', map { my $r = get($_); $r->code . ' ' . $r->content } @PUBLIC, @GUARDED),
   join('|', map { "$before{$_}[0] $before{$_}[2]" } @PUBLIC, @GUARDED),
   '  and serves the site as before');

# ------------------------------------------------------------ clean up
restore();
$done = 1;
my @left = grep { -e || -l } @PREEXISTING;
ok(!known() && "@left" eq "@pre", 'the machine is put back (and what make install had left is back)')
    or diag("before: @pre\nafter: @left");
ok(!-e $SITEFILE && !-e $PRIVATE && !-d $STATE, 'the test\'s site and pages are gone');
