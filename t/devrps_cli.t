# Development RPS command line: start-up banner, --port-file, options, test
# controls off by default, request log lines vs --quiet, clean exit on
# SIGTERM/SIGINT, argument errors. Starts its own devrps processes (needs node).
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use File::Temp qw(tempdir);
use POSIX ();
use Time::HiRes qw(sleep time);

my $SCRIPT = "$FindBin::Bin/../devrps/devrps.js";
my ($NODE) = grep { -x $_ } map { ("$_/node", "$_/nodejs") } split /:/, ($ENV{PATH} || '');
$NODE = $ENV{NODE} if $ENV{NODE};

plan skip_all => 'node is not installed' unless $NODE;
plan tests => 11;
Test::More->builder->failure_output(\*STDERR);

my $DIR = tempdir(CLEANUP => 1);

# How long to wait for a devrps to start or to exit.  Only a broken devrps
# takes that long: the deadline is generous, as the suite runs on a shared,
# loaded machine, where starting node may take seconds.
my $DEADLINE = 60;
my $seq = 0;
my %running;

# start(@args) -> {pid, url, err (stderr file)}; waits for the port file.
sub start {
    my @args = @_;
    $seq++;
    my $pf = "$DIR/port$seq";
    my $err = "$DIR/err$seq";
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        open STDERR, '>', $err or POSIX::_exit(99);
        open STDOUT, '>', '/dev/null';
        exec($NODE, $SCRIPT, '--listen', '127.0.0.1:0', '--port-file', $pf, @args) or POSIX::_exit(98);
    }
    $running{$pid} = 1;
    my $t0 = time;
    sleep 0.05 until -s $pf || time - $t0 > $DEADLINE || waitpid($pid, POSIX::WNOHANG()) > 0;
    open my $fh, '<', $pf or return { pid => $pid, err => $err };
    chomp(my $port = <$fh>);
    return { pid => $pid, url => "http://127.0.0.1:$port", err => $err };
}

sub stop {
    my ($p, $sig) = @_;
    kill $sig || 'TERM', $p->{pid};
    my $t0 = time;
    my $r = 0;
    sleep 0.05 until ($r = waitpid($p->{pid}, POSIX::WNOHANG())) > 0 || time - $t0 > $DEADLINE;
    delete $running{ $p->{pid} } if $r > 0;
    return $r > 0 ? $? : undef;
}

sub slurp { my $f = shift; open my $fh, '<', $f or return ''; local $/; return <$fh> }

END { kill 'KILL', keys %running if %running }

subtest 'start-up: loud banner, port file, /status' => sub {
    my $p = start();
    ok($p->{url}, 'port file written');
    my $res = req(GET => "$p->{url}/status");
    is($res->code, 200, 'status 200');
    like(slurp($p->{err}), qr/DEVELOPMENT RPS.*NOT FOR PRODUCTION/s, 'banner before serving');
    is(stop($p), 0, 'SIGTERM: exit status 0');
    my $err = slurp($p->{err});
    like($err, qr/DEVELOPMENT RPS/, 'banner says DEVELOPMENT RPS');
    like($err, qr/NOT FOR PRODUCTION/, 'banner says NOT FOR PRODUCTION');
    my @lines = $err =~ /^(devrps: .*"GET \/status" 200 .*)$/mg;
    is(scalar @lines, 1, 'one log line per request');
};

subtest 'test controls are off by default' => sub {
    my $p = start();
    for my $path ('/__dev/reset', '/__dev/mint', '/__dev/config') {
        my $res = req(POST => "$p->{url}$path", '{"userId": "x"}');
        is($res->code, 404, "$path: 404");
        is(jbody($res)->{message}, 'URI NOT FOUND', "$path: the RPS 404");
    }
    is(req(GET => "$p->{url}/__dev/fake-rpa")->code, 404, 'no built-in fake RPA either');
    is(stop($p, 'INT'), 0, 'SIGINT: exit status 0');
};

subtest '--quiet: banner line only, no request lines' => sub {
    my $p = start('--quiet');
    req(GET => "$p->{url}/status") for 1 .. 3;
    stop($p);
    my $err = slurp($p->{err});
    like($err, qr/DEVELOPMENT RPS - NOT FOR PRODUCTION/, 'one-line warning still printed');
    unlike($err, qr/GET \/status/, 'no request lines');
};

subtest 'options reach the runtime config' => sub {
    my $p = start('--test-controls', '--verify-url', 'http://127.0.0.1:9/v', '--permit-url', 'http://127.0.0.1:9/p?a=1',
        '--rps-base-url', 'http://rps.example:8011/', '--authenticate-url', '/auth', '--logout-url', '/bye',
        '--wait-for-login-result', 'false', '--max-invalid-login-attempts', '5', '--verify-expire-seconds', '10',
        '--auth-ott-lifetime=7', '--quiet');
    my $c = jbody(req(GET => "$p->{url}/__dev/config"));
    is($c->{RPAVerifyUserURL}, 'http://127.0.0.1:9/v', '--verify-url');
    is($c->{RPAPermitUserURL}, 'http://127.0.0.1:9/p?a=1', '--permit-url');
    is($c->{rpsBaseURL}, 'http://rps.example:8011', '--rps-base-url (slash stripped)');
    is($c->{RPAAuthenticateUserURL}, '/auth', '--authenticate-url');
    is($c->{LogoutURL}, '/bye', '--logout-url');
    is($c->{waitForLoginResult}, JSON::PP::false, '--wait-for-login-result false');
    is($c->{maxInvalidLoginAttempts}, 5, '--max-invalid-login-attempts');
    is($c->{VerifyUserExpireSeconds}, 10, '--verify-expire-seconds');
    is($c->{authOTTLifetime}, 7, '--auth-ott-lifetime=7');
    my $s = jbody(req(GET => "$p->{url}/rps/clientSettings"));
    is($s->{registerURL}, 'http://rps.example:8011/rps/user', 'clientSettings uses rpsBaseURL');
    is($s->{authenticateURL}, '/auth', 'clientSettings uses authenticateURL');
    is(req(POST => "$p->{url}/loginResult", '{}')->code, 404, 'waitForLoginResult false: /loginResult 404');
    # reset returns to these command-line values, not to the built-in defaults
    req(POST => "$p->{url}/__dev/config", '{"maxInvalidLoginAttempts": 2}');
    req(POST => "$p->{url}/__dev/reset");
    is(jbody(req(GET => "$p->{url}/__dev/config"))->{maxInvalidLoginAttempts}, 5, 'reset restores the CLI value');
    stop($p);
};

subtest 'defaults' => sub {
    my $p = start('--test-controls', '--quiet');
    my $c = jbody(req(GET => "$p->{url}/__dev/config"));
    is($c->{RPAVerifyUserURL}, '', 'RPAVerifyUserURL ""');
    is($c->{RPAPermitUserURL}, '', 'RPAPermitUserURL ""');
    is($c->{rpsBaseURL}, $p->{url}, 'rpsBaseURL: the listening address (no --rps-base-url)');
    is($c->{RPAAuthenticateUserURL}, '/mpinAuthenticate', 'RPAAuthenticateUserURL');
    is($c->{LogoutURL}, '/logout', 'LogoutURL');
    is($c->{waitForLoginResult}, JSON::PP::true, 'waitForLoginResult true');
    is($c->{maxInvalidLoginAttempts}, 3, 'maxInvalidLoginAttempts 3');
    is($c->{VerifyUserExpireSeconds}, 3600, 'VerifyUserExpireSeconds 3600');
    is($c->{authOTTLifetime}, 60, 'authOTTLifetime 60');
    stop($p);
};

subtest 'started as the README says (no --rps-base-url), on any port, a browser can register' => sub {
    # the browser follows clientSettings: certivoxURL must be this RPS, not the RPA's /fake-cloud/
    my $p = start('--quiet', '--test-controls');
    local $ENV{MPIN_DEVRPS_URL} = $p->{url};
    my $s = jbody(req(GET => "$p->{url}/rps/clientSettings"));
    is($s->{certivoxURL}, "$p->{url}/fake-cloud/", "certivoxURL: $p->{url}/fake-cloud/");
    is($s->{timePermitsStorageURL}, "$p->{url}/fake-storage", 'timePermitsStorageURL on this RPS too');
    set_config(RPAVerifyUserURL => "$p->{url}/__dev/fake-rpa?body=%7B%22forceActivate%22%3Atrue%7D");
    my $reg = jbody(req(PUT => "$p->{url}/rps/user", '{"userId": "anyport@example.com", "mobile": 0}'));
    ok($reg && $reg->{mpinId}, 'PUT /rps/user registers');
    my $sig = jbody(req(GET => "$p->{url}/rps/signature/$reg->{mpinId}?regOTT=$reg->{regOTT}"));
    my $cs = req(GET => "$s->{certivoxURL}clientSecret?$sig->{params}");
    is($cs->code, 200, 'the client secret from certivoxURL: 200 (was 404 at the RPA)');
    # a reset keeps the default (it is the command line's)
    req(POST => "$p->{url}/__dev/reset");
    is(jbody(req(GET => "$p->{url}/__dev/config"))->{rpsBaseURL}, $p->{url}, 'reset keeps it');
    stop($p);
    $p = start('--quiet', '--test-controls', '--rps-base-url', '');
    is(jbody(req(GET => "$p->{url}/__dev/config"))->{rpsBaseURL}, '', '--rps-base-url "": relative URLs, as before');
    stop($p);
};

subtest 'a fresh checkout (no node_modules): --help says to run npm ci in devrps/, no stack trace' => sub {
    my $copy = tempdir(CLEANUP => 1);
    system('cp', '-R', "$FindBin::Bin/../devrps/devrps.js", "$FindBin::Bin/../devrps/lib",
           "$FindBin::Bin/../devrps/package.json", $copy) == 0 or die 'cp failed';
    my $out = `cd / && '$NODE' '$copy/devrps.js' --help 2>&1`;
    is($? >> 8, 0, '--help: exit 0');
    like($out, qr/milagro-crypto-js is not installed: run `npm ci` in devrps\//, '  says to run npm ci in devrps/');
    like($out, qr/usage: node devrps\/devrps.js/, '  and prints the usage');
    unlike($out, qr/^\s+at /m, '  no stack trace');
    $out = `cd / && '$NODE' '$copy/devrps.js' --listen 127.0.0.1:0 2>&1`;
    is($? >> 8, 1, 'started: exit 1');
    like($out, qr/npm ci/, '  with the same message');
    unlike($out, qr/^\s+at /m, '  no stack trace');
};

subtest 'SIGTERM with a request in flight still exits' => sub {
    my $p = start('--test-controls', '--quiet');
    req(POST => "$p->{url}/__dev/fault", '{"path": "/status", "mode": "hang"}');
    my $kid = fork;
    if (!$kid) { req(GET => "$p->{url}/status"); POSIX::_exit(0) }
    # the request is in flight once the devrps logged it (the hang holds it
    # for good): wait for that, not for a guessed time
    my $in_flight = sub { grep { ($_->{path} // '') eq '/status' } @{ jbody(req(GET => "$p->{url}/__dev/log")) || [] } };
    my $t0 = time;
    sleep 0.05 until $in_flight->() || time - $t0 > $DEADLINE;
    ok($in_flight->(), 'the devrps holds a GET /status');
    # the hung request would keep it up for good: exiting at all (within
    # stop's generous deadline) is the point, not how fast
    is(stop($p), 0, 'SIGTERM: exit 0 anyway');
    waitpid $kid, 0;
};

subtest 'bad arguments: exit 2 with a message' => sub {
    for my $args (['--bogus'], ['--listen', 'nonsense'], ['--max-invalid-login-attempts', 'x'],
                  ['--wait-for-login-result', 'perhaps'], ['--verify-url']) {
        my $out = `'$NODE' '$SCRIPT' @$args 2>&1`;
        is($? >> 8, 2, "@$args: exit 2");
        like($out, qr/devrps: /, "@$args: says why");
    }
};

subtest 'port in use: exit 1' => sub {
    my $p = start('--quiet');
    my ($port) = $p->{url} =~ /:(\d+)$/;
    my $out = `'$NODE' '$SCRIPT' --listen 127.0.0.1:$port 2>&1`;
    is($? >> 8, 1, 'exit 1');
    like($out, qr/cannot listen/, 'message');
    stop($p);
};

subtest 'a wrong PIN: the PIN error of the KANGAROO step is logged to stderr (even with --quiet)' => sub {
    my $p = start('--quiet', '--test-controls');
    local $ENV{MPIN_DEVRPS_URL} = $p->{url};
    set_config(RPAVerifyUserURL => "$p->{url}/__dev/fake-rpa?body=%7B%22forceActivate%22%3Atrue%7D");
    my $id = activate_identity(register_user('kangaroo@example.com'));
    my $token = pin_token($id, '1234');
    # KANGAROO is a probabilistic walk that can (rarely) miss: a second wrong login then.
    for my $try (1, 2) {
        is(authenticate(pin_login($id, $token, '1240')->{authOTT})->code, 401, "PIN 1240 for 1234: 401 (try $try)");
        my $t0 = time;
        sleep 0.2 until (() = slurp($p->{err}) =~ /KANGAROO/g) >= $try || time - $t0 > 30;
        last if slurp($p->{err}) =~ /pinError=/;
    }
    like(slurp($p->{err}), qr/^devrps: wrong PIN for "kangaroo\@example.com": KANGAROO pinError=6 /m,
        'logged: pinError=6 (entered - right)') or diag(slurp($p->{err}));
    is(authenticate(pin_login($id, $token, '1234')->{authOTT})->code, 200, 'then the right PIN: 200');
    stop($p);
};
