# Development RPS test controls (/__dev/*): mint, config, fault (every mode),
# log, callbacks, reset, expire, state.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use LWP::UserAgent ();
use HTTP::Request ();
use Time::HiRes qw(time);

plan skip_all => 'MPIN_DEVRPS_URL is not set' unless rps_url();
plan tests => 20;
Test::More->builder->failure_output(\*STDERR);

reset_rps();

sub fault { my %f = @_; return dev(POST => '/fault', \%f) }

# Whether the RPS has recorded a request to path (it does so before a fault
# holds it): what a test waits for instead of sleeping.  The deadline is for
# a broken RPS only.
sub wait_logged {
    my ($path) = @_;
    my $end = time + 60;
    while (time < $end) {
        return 1 if grep { $_->{path} eq $path } @{ dev(GET => '/log') };
        select undef, undef, undef, 0.05;
    }
    return 0;
}

subtest 'mint' => sub {
    my $m = mint(userId => 'alice');
    ok(is_hex($m->{authOTT}, 32), 'authOTT 32 hex');
    is(mpin_decode($m->{mpinId})->{userID}, 'alice', 'mpinId for the user');
    ok(!exists $m->{OTP}, 'no OTP unless asked');
    is(mint(userId => 'alice')->{mpinId}, $m->{mpinId}, 'same user, same mpinId');
    my $o = mint(userId => 'alice', otp => JSON::PP::true);
    like($o->{OTP}, qr/^\d{6}$/, 'otp: 6 digits');
    my $mp = unpack 'H*', '{"userID": "explicit"}';
    is(mint(userId => 'explicit', mpinId => $mp)->{mpinId}, $mp, 'explicit mpinId');
    my $res = req(POST => '/__dev/mint', '{"ok": true}');
    is($res->code, 400, 'userId required');
    like(jbody($res)->{error}, qr/userId/, 'error says why');
    is(req(POST => '/__dev/mint', 'nope')->code, 400, 'bad JSON');
    is(req(GET => '/__dev/mint')->code, 405, 'GET mint is 405');
};

subtest 'config: GET, POST, aliases, validation' => sub {
    my $c = dev(GET => '/config');
    my $start_max = $c->{maxInvalidLoginAttempts};
    for my $k (qw(RPAVerifyUserURL RPAPermitUserURL rpsBaseURL waitForLoginResult maxInvalidLoginAttempts
                  authOTTLifetime VerifyUserExpireSeconds RPAAuthenticateUserURL LogoutURL appID)) {
        ok(exists $c->{$k}, "GET has $k");
    }
    my $n = set_config(maxInvalidLoginAttempts => 5, verifyExpireSeconds => 10, waitForLoginResult => 'false',
        RPAPermitUserURL => 'http://127.0.0.1:9/permit', rpsBaseURL => 'http://x.example/');
    is($n->{maxInvalidLoginAttempts}, 5, 'maxInvalidLoginAttempts');
    is($n->{VerifyUserExpireSeconds}, 10, 'alias verifyExpireSeconds');
    is($n->{waitForLoginResult}, JSON::PP::false, '"false" is false');
    is($n->{rpsBaseURL}, 'http://x.example', 'trailing slash stripped');
    is_deeply(dev(GET => '/config'), $n, 'POST answers the whole config');
    for my $bad ({ nosuch => 1 }, { maxInvalidLoginAttempts => 'many' }, { waitForLoginResult => 'maybe' },
                 { RPAVerifyUserURL => 42 }, { authOTTLifetime => -1 }) {
        my $res = req(POST => '/__dev/config', $bad);
        is($res->code, 400, 'rejected: ' . json_encode($bad));
    }
    is(req(POST => '/__dev/config', '[1]')->code, 400, 'non-object body');
    reset_rps();
    is(dev(GET => '/config')->{maxInvalidLoginAttempts}, $start_max, 'reset restores the start-up config');
};

subtest 'fault delay' => sub {
    fault(path => '/status', mode => 'delay', ms => 700, count => 1);
    my $t0 = time;
    my $res = req(GET => '/status');
    ok(time - $t0 >= 0.65, 'answer delayed');
    status_is($res, 200, 'active', 'then answered normally');
    is_deeply(dev(GET => '/fault'), [], 'count 1: used up by that request');
};

subtest 'fault hang: no answer until the client gives up' => sub {
    fault(path => '/authenticate', mode => 'hang', count => 1);
    my $ua = LWP::UserAgent->new(timeout => 2);
    my $t0 = time;
    my $res = $ua->post(rps_url() . '/authenticate', Content => '{"authOTT": "x"}');
    ok(time - $t0 >= 1.9, 'client waited for its timeout');
    is($res->header('Client-Warning'), 'Internal response', 'no HTTP answer came (LWP internal response)');
    status_is(authenticate('x'), 408, undef, 'count 1: next request answered');
};

subtest 'fault drop: socket closed without an answer' => sub {
    fault(path => '/authenticate', mode => 'drop', count => 1);
    my $res = authenticate('x');
    is($res->header('Client-Warning'), 'Internal response', 'no HTTP answer');
    is(authenticate('x')->code, 408, 'next one is normal');
};

subtest 'fault garbage / nonobject / wrongtypes' => sub {
    fault(path => '/authenticate', mode => 'garbage', count => 1);
    my $res = authenticate('x');
    is($res->code, 200, 'garbage: 200');
    ok(!defined jbody($res), 'garbage: body is not JSON');
    like($res->header('Content-Type'), qr{application/json}, 'garbage: claims to be JSON');
    fault(path => '/authenticate', mode => 'nonobject', count => 1);
    $res = authenticate('x');
    is($res->code, 200, 'nonobject: 200');
    is(ref jbody($res), 'ARRAY', 'nonobject: a JSON array');
    fault(path => '/authenticate', mode => 'nonobject', value => 'just a string', count => 1);
    is(jbody(authenticate('x')), 'just a string', 'nonobject: a JSON string');
    fault(path => '/authenticate', mode => 'wrongtypes', count => 1);
    $res = authenticate('x');
    is($res->code, 200, 'wrongtypes: 200');
    my $j = jbody($res);
    is(ref \$j->{status}, 'SCALAR', 'wrongtypes: status present');
    like($res->content, qr/"status": "200"/, 'wrongtypes: status is the string "200"');
    like($res->content, qr/"userId": 12345/, 'wrongtypes: userId is a number');
};

subtest 'fault huge: a 10 MB body' => sub {
    fault(path => '/authenticate', mode => 'huge', count => 1);
    my $res = authenticate('x');
    is($res->code, 200, 'status 200');
    cmp_ok(length $res->content, '>=', 10 * 1024 * 1024, 'at least 10 MB');
    is($res->header('Content-Length'), length $res->content, 'Content-Length matches');
    like(substr($res->content, 0, 80), qr/^\{"userId": "huge", "mpinId": "", "status": 200/, 'JSON-ish success head');
    fault(path => '/authenticate', mode => 'huge', bytes => 2000, count => 1);
    is(length authenticate('x')->content, 2000, 'bytes option');
};

subtest 'fault redirect: 302 to the redirect target' => sub {
    fault(path => '/authenticate', mode => 'redirect', count => 1);
    dev(DELETE => '/log');
    my $res = authenticate('x');
    is($res->code, 302, 'status 302');
    my $loc = $res->header('Location');
    is($loc, rps_url() . '/__dev/redirect-target', 'Location on the same server');
    my $t = req(GET => $loc);
    is($t->code, 200, 'target answers 200');
    is(jbody($t)->{status}, 200, 'target looks like a successful login');
    my @paths = map { $_->{path} } @{ dev(GET => '/log') };
    is_deeply(\@paths, ['/authenticate', '/__dev/redirect-target'], 'the log shows who followed it');
    fault(path => '/authenticate', mode => 'redirect', location => 'http://elsewhere.example/x', count => 1);
    is(authenticate('x')->header('Location'), 'http://elsewhere.example/x', 'location option');
};

subtest 'fault status: A1-shaped body with that status' => sub {
    fault(path => '/authenticate', mode => 'status', status => 503, count => 1);
    my $res = authenticate('x');
    status_is($res, 503, 'Service Unavailable');
    is_deeply(jbody($res), { userId => '', mpinId => '', status => 503, message => 'Service Unavailable' }, 'body');
    fault(path => '/authenticate', mode => 'status', status => 401, message => 'Wrong PIN.', userId => 'mallory',
        count => 1);
    $res = authenticate('x');
    status_is($res, 401, 'Wrong PIN.', 'custom message');
    is(jbody($res)->{userId}, 'mallory', 'custom userId');
    is($res->header('WWW-Authenticate'), 'Authenticate', '401 carries WWW-Authenticate');
};

subtest 'fault raw' => sub {
    fault(path => '/authenticate', mode => 'raw', status => 200, contentType => 'text/html', body => '<b>hi</b>', count => 1);
    my $res = authenticate('x');
    is($res->code, 200, 'status');
    is($res->header('Content-Type'), 'text/html', 'Content-Type');
    is($res->content, '<b>hi</b>', 'body');
    fault(path => '/authenticate', mode => 'raw', status => 401, contentType => 'text/plain',
          headers => {'WWW-Authenticate' => 'Basic realm="x"', 'X-Extra' => 'y'}, count => 1);
    $res = authenticate('x');
    is($res->code, 401, 'raw with headers: status');
    is($res->header('WWW-Authenticate'), 'Basic realm="x"', 'raw with headers: the challenge');
    is($res->header('X-Extra'), 'y', 'raw with headers: any header');
    is(req(POST => '/__dev/fault', {path => '/x', mode => 'raw', headers => ['no']})->code, 400,
       'raw headers must be an object of strings');
};

subtest 'fault matching: count, method, prefix, list, clear' => sub {
    dev(DELETE => '/fault');
    fault(path => '/status', mode => 'status', status => 500, count => 2);
    is_deeply([map { req(GET => '/status')->code } 1 .. 3], [500, 500, 200], 'count 2');
    fault(path => '/status', method => 'post', mode => 'status', status => 500);
    is(req(GET => '/status')->code, 200, 'method filter: GET untouched');
    is(req(POST => '/status')->code, 500, 'method filter: POST faulted');
    fault(path => '/rps/*', mode => 'status', status => 502);
    is(req(GET => '/rps/clientSettings')->code, 502, 'prefix match');
    is(req(GET => '/status')->code, 200, 'prefix does not match /status');
    my $list = dev(GET => '/fault');
    is(scalar @$list, 2, 'two faults listed (no count = until cleared)');
    is($list->[1]{hits}, 1, 'hits counted');
    is_deeply(dev(DELETE => '/fault'), [], 'DELETE clears');
    is(req(GET => '/rps/clientSettings')->code, 200, 'cleared');
    for my $bad ({ mode => 'delay' }, { path => '/x', mode => 'explode' }, { path => 'x', mode => 'hang' },
                 { path => '/x', mode => 'delay', ms => -1 }) {
        is(req(POST => '/__dev/fault', $bad)->code, 400, 'rejected: ' . json_encode($bad));
    }
    fault(path => '/__dev/reset', mode => 'drop');
    is(req(POST => '/__dev/reset')->code, 200, 'test controls are never faulted');
};

subtest 'request log' => sub {
    dev(DELETE => '/log');
    req(POST => '/authenticate?x=1&y=2', '{"authOTT": "abc"}', 'X-Probe' => 'p1');
    req(GET => '/rps/clientSettings');
    dev(GET => '/state');
    my $log = dev(GET => '/log');
    is(scalar @$log, 2, 'two requests (test controls excluded)');
    my $e = $log->[0];
    is_deeply([sort keys %$e], [qw(body headers method path query time)], 'fields');
    is($e->{method}, 'POST', 'method');
    is($e->{path}, '/authenticate', 'path');
    is($e->{query}, 'x=1&y=2', 'query');
    is($e->{headers}{'x-probe'}, 'p1', 'headers (lower-case names)');
    is($e->{body}, '{"authOTT": "abc"}', 'body as text');
    like($e->{time}, qr/^\d{4}-\d\d-\d\dT/, 'time');
    req(POST => '/authenticate', 'a' x (100 * 1024));
    is(length dev(GET => '/log')->[-1]{body}, 64 * 1024, 'body capped at 64 KiB');
    is_deeply(dev(DELETE => '/log'), [], 'DELETE clears');
    is(scalar @{ dev(GET => '/log') }, 0, 'empty');
};

subtest 'callback log' => sub {
    dev(DELETE => '/callbacks');
    set_config(RPAPermitUserURL => fake_rpa(status => 403));
    req(GET => '/rps/timePermit/' . unpack('H*', '{"userID": "cb"}'));
    my $cbs = callbacks();
    is(scalar @$cbs, 1, 'one callback');
    my $c = $cbs->[0];
    for my $k (qw(time kind url method headers body status responseHeaders responseBody error)) {
        ok(exists $c->{$k}, "has $k");
    }
    is($c->{kind}, 'permit', 'kind');
    is($c->{status}, 403, 'status received');
    like($c->{error}, qr/403/, 'error for a non-2xx');
    is_deeply(dev(DELETE => '/callbacks'), [], 'DELETE clears');
    reset_rps();
};

subtest 'reset' => sub {
    my $start_max = dev(GET => '/config')->{maxInvalidLoginAttempts};
    my $m = mint(userId => 'zed');
    fault(path => '/status', mode => 'status', status => 500);
    set_config(maxInvalidLoginAttempts => 9);
    req(GET => '/rps/clientSettings');
    is(dev(POST => '/reset')->{reset}, JSON::PP::true, 'reset answers');
    is(authenticate($m->{authOTT})->code, 408, 'records gone');
    is(req(GET => '/status')->code, 200, 'faults gone');
    is(dev(GET => '/config')->{maxInvalidLoginAttempts}, $start_max, 'config back');
    is(scalar @{ dev(GET => '/log') }, 2, 'log restarted (two requests since)');
};

subtest 'reset also closes hung requests' => sub {
    fault(path => '/status', mode => 'hang');
    dev(DELETE => '/log');
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        # a closed connection, not the client's own timeout (which says so,
        # and which a busy machine cannot reach before the reset)
        my $ua = LWP::UserAgent->new(timeout => 120);
        my $res = $ua->get(rps_url() . '/status');
        require POSIX;
        POSIX::_exit($res->header('Client-Warning') && $res->status_line !~ /timeout/i ? 0 : 1);
    }
    ok(wait_logged('/status'), 'the RPS holds the request');
    reset_rps();
    waitpid $pid, 0;
    is($? >> 8, 0, 'the hung client saw its connection closed (not its own timeout)');
};

subtest 'release: hung requests get their normal answers' => sub {
    fault(path => '/status', mode => 'hang');
    dev(DELETE => '/log');
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        my $ua = LWP::UserAgent->new(timeout => 120);
        my $res = $ua->get(rps_url() . '/status');
        require POSIX;
        POSIX::_exit($res->code == 200 && !$res->header('Client-Warning') ? 0 : 1);
    }
    ok(wait_logged('/status'), 'the RPS holds the request');
    dev(DELETE => '/fault');
    is_deeply(dev(POST => '/release'), { released => 1 }, 'one request released');
    waitpid $pid, 0;
    is($? >> 8, 0, 'it got the normal 200');
    is_deeply(dev(POST => '/release'), { released => 0 }, 'nothing left to release');
};

subtest 'expire' => sub {
    my $m = mint(userId => 'yan');
    is(dev(POST => '/expire', { authOTT => $m->{authOTT} })->{expired}, $m->{authOTT}, 'answer');
    is(authenticate($m->{authOTT})->code, 408, 'gone');
    is(req(POST => '/__dev/expire', { authOTT => $m->{authOTT} })->code, 404, 'unknown authOTT: 404');
    is(req(POST => '/__dev/expire', { mpinId => 'abcd' })->code, 404, 'unknown registration: 404');
    is(req(POST => '/__dev/expire', {})->code, 400, 'nothing to expire: 400');
};

subtest 'state' => sub {
    reset_rps();
    my $m = mint(userId => 'xia', ok => JSON::PP::false);
    authenticate($m->{authOTT});
    my $s = dev(GET => '/state');
    for my $k (qw(users identities pending auth attempts pass1 access appKey)) { ok(exists $s->{$k}, "has $k") }
    is($s->{attempts}{ $m->{mpinId} }, 1, 'attempts');
    is($s->{auth}{ $m->{authOTT} }{userId}, 'xia', 'auth record');
    ok(is_hex($s->{appKey}, 64), 'appKey');
};

subtest 'unknown test control' => sub {
    my $res = req(GET => '/__dev/nosuch');
    is($res->code, 404, 'status 404');
    ok(jbody($res)->{error}, 'error message');
    is(req(PUT => '/__dev/reset')->code, 405, 'wrong method: 405');
};

subtest 'built-in fake RPA (/__dev/fake-rpa)' => sub {
    my $res = req(POST => '/__dev/fake-rpa', '{}');
    is($res->code, 200, 'default 200');
    is($res->content, '{"forceActivate": true}', 'default body');
    $res = req(GET => '/__dev/fake-rpa?status=403&body=no&ctype=text/plain');
    is($res->code, 403, 'status');
    is($res->content, 'no', 'body');
    is($res->header('Content-Type'), 'text/plain', 'ctype');
};
