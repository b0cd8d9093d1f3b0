# Development RPS, private (RPA-facing) endpoints: spec section 4 and
# "Protocol spec" A1-A4, plus the conventions (CORS, OPTIONS, 404, 405).
# Runs under t/TEST or plain prove with MPIN_DEVRPS_URL set.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use Time::HiRes qw(sleep);

plan skip_all => 'MPIN_DEVRPS_URL is not set' unless rps_url();
plan tests => 19;
Test::More->builder->failure_output(\*STDERR);

reset_rps();

subtest 'GET /status (A4)' => sub {
    my $res = req(GET => '/status');
    status_is($res, 200, 'active');
    my $j = json_reply_ok($res);
    is($j->{version}, '0.3', 'version');
    is($j->{message}, 'active', 'message');
    ok($j->{development}, 'says it is a development RPS');
    like($j->{warning}, qr/not for production/, 'warning');
    cors_ok($res, 'no Origin');
    cors_ok(req(GET => '/status', undef, Origin => 'http://pinpad.example'), 'with Origin', '*');
};

subtest 'OPTIONS on any path' => sub {
    for my $path ('/authenticate', '/rps/clientSettings', '/no/such/path', '/user/abcd') {
        my $res = req(OPTIONS => $path, undef, Origin => 'http://a.example');
        is($res->code, 200, "OPTIONS $path: 200");
        is_deeply(jbody($res), { version => '0.3', message => 'options request' }, "OPTIONS $path: body");
        cors_ok($res, "OPTIONS $path", '*');
    }
};

subtest 'unknown path: 404 URI NOT FOUND; wrong method: 405' => sub {
    for my $m (qw(GET POST PUT DELETE)) {
        my $res = req($m => '/no/such/path');
        status_is($res, 404, 'URI NOT FOUND', "$m unknown path");
        is_deeply(jbody($res), { version => '0.3', service_name => 'M-Pin authentication server',
            message => 'URI NOT FOUND' }, "$m unknown path: body");
        cors_ok($res, "$m unknown path");
    }
    status_is(req(GET => '/status/'), 404, 'URI NOT FOUND', 'trailing slash is another path');
    status_is(req(POST => '/user/not-hex', '{}'), 404, 'URI NOT FOUND', 'non-hex mpinId');
    my $res = req(GET => '/authenticate');
    status_is($res, 405, 'Method Not Allowed', 'GET /authenticate');
    is_deeply(jbody($res), { version => '0.3', message => 'Method Not Allowed' }, '405 body');
    status_is(req(PATCH => '/nowhere'), 405, undef, 'PATCH on an unknown path');
};

subtest 'CORS allowOrigin list' => sub {
    set_config(allowOrigin => ['http://good.example']);
    cors_ok(req(GET => '/status', undef, Origin => 'http://good.example'), 'listed origin', 'http://good.example');
    cors_ok(req(GET => '/status', undef, Origin => 'http://evil.example'), 'unlisted origin, no *');
    set_config(allowOrigin => ['http://good.example', '*']);
    cors_ok(req(GET => '/status', undef, Origin => 'http://evil.example'), 'unlisted origin, with *', '*');
    reset_rps();
};

subtest 'A1 good PIN: 200 Authentication successful' => sub {
    my $m = mint(userId => 'alice@example.com', ok => JSON::PP::true);
    ok(is_hex($m->{authOTT}, 32), 'authOTT is 32 hex');
    my $res = authenticate($m->{authOTT});
    status_is($res, 200, 'Authentication successful');
    my $j = json_reply_ok($res);
    is_deeply($j, { userId => 'alice@example.com', mpinId => $m->{mpinId}, status => 200,
        message => 'Authentication successful' }, 'body');
    ok(!exists $j->{OTP}, 'no OTP without one');
    is(mpin_decode($m->{mpinId})->{userID}, 'alice@example.com', 'mpinId carries userID');
    cors_ok($res);
};

subtest 'A1 wrong PIN: 401 Wrong PIN. with WWW-Authenticate' => sub {
    my $m = mint(userId => 'bob', ok => JSON::PP::false);
    my $res = authenticate($m->{authOTT});
    status_is($res, 401, 'Wrong PIN.');
    is($res->header('WWW-Authenticate'), 'Authenticate', 'WWW-Authenticate: Authenticate');
    is_deeply(json_reply_ok($res), { userId => 'bob', mpinId => $m->{mpinId}, status => 401, message => 'Wrong PIN.' },
        'body');
};

subtest 'A1 three strikes: 410 at the third failure, sticky even for a good PIN' => sub {
    reset_rps();
    my @codes;
    for (1 .. 3) {
        my $m = mint(userId => 'carol', ok => JSON::PP::false);
        push @codes, authenticate($m->{authOTT})->code;
    }
    is_deeply(\@codes, [401, 401, 410], 'failures: 401, 401, 410');
    my $good = mint(userId => 'carol', ok => JSON::PP::true);
    my $res = authenticate($good->{authOTT});
    status_is($res, 410, 'Wrong PIN.', 'right PIN after the block');
    is_deeply(jbody($res), { userId => 'carol', mpinId => $good->{mpinId}, status => 410, message => 'Wrong PIN.' },
        '410 body');
    ok(!defined $res->header('WWW-Authenticate'), 'no WWW-Authenticate on 410');
    is(authenticate(mint(userId => 'carol', ok => JSON::PP::true)->{authOTT})->code, 410, 'still 410');
    is(authenticate(mint(userId => 'dave', ok => JSON::PP::true)->{authOTT})->code, 200, 'other users unaffected');
    my $state = dev(GET => '/state');
    is($state->{attempts}{$good->{mpinId}}, 5, 'attempts keep counting');
};

subtest 'A1 success resets the failure counter' => sub {
    reset_rps();
    my @codes = map { authenticate(mint(userId => 'erin', ok => $_ ? JSON::PP::true : JSON::PP::false)->{authOTT})->code }
        (0, 0, 1, 0, 0);
    is_deeply(\@codes, [401, 401, 200, 401, 401], 'fail, fail, ok, fail, fail');
    set_config(maxInvalidLoginAttempts => 1);
    is(authenticate(mint(userId => 'erin2', ok => JSON::PP::false)->{authOTT})->code, 410,
        'maxInvalidLoginAttempts=1: first failure is 410');
    reset_rps();
};

subtest 'A1 unknown authOTT: 408 Expired authentication request' => sub {
    my $res = authenticate('0123456789abcdef0123456789abcdef');
    status_is($res, 408, 'Expired authentication request');
    is_deeply(json_reply_ok($res), { userId => '', mpinId => '', status => 408,
        message => 'Expired authentication request' }, 'body with empty userId/mpinId');
    status_is(authenticate(12345), 408, 'Expired authentication request', 'non-string authOTT');
};

subtest 'A1 400: empty body, reason INVALID JSON / INVALID DATA' => sub {
    for my $case (['not json', 'text/plain'], ['', undef], ['{"authOTT": ', 'application/json'],
                  ["{'authOTT': 'x'}", 'application/x-www-form-urlencoded']) {
        my ($body, $ct) = @$case;
        my $res = req(POST => '/authenticate', $body, defined $ct ? ('Content-Type' => $ct) : ());
        status_is($res, 400, 'BAD REQUEST. INVALID JSON', "body '$body'");
        empty_body_ok($res, "body '$body'");
        cors_ok($res, "body '$body'");
    }
    for my $body ('{}', '{"authott": "x"}', '[]', '"authOTT"', '42') {
        my $res = req(POST => '/authenticate', $body);
        status_is($res, 400, 'BAD REQUEST. INVALID DATA', "body $body");
        empty_body_ok($res, "body $body");
    }
};

subtest 'A1 body parsed whatever the Content-Type' => sub {
    for my $ct (undef, 'text/plain', 'application/x-www-form-urlencoded', 'application/json') {
        my $m = mint(userId => 'frank');
        my $res = req(POST => '/authenticate', json_encode({ authOTT => $m->{authOTT} }),
            defined $ct ? ('Content-Type' => $ct) : ());
        is($res->code, 200, 'Content-Type ' . ($ct // 'none'));
    }
    my $m = mint(userId => 'frank');
    is(authenticate($m->{authOTT}, logoutURL => '/bye', logoutData => { a => 1 })->code, 200,
        'extra logoutURL/logoutData keys are accepted');
};

subtest 'A1 OTP is passed on when the login asked for one' => sub {
    my $m = mint(userId => 'grace', otp => JSON::PP::true);
    like($m->{OTP}, qr/^\d{6}$/, 'minted OTP');
    my $j = jbody(authenticate($m->{authOTT}));
    is($j->{OTP}, $m->{OTP}, 'OTP in the /authenticate reply');
    my $bad = mint(userId => 'grace2', otp => JSON::PP::true, ok => JSON::PP::false);
    is(jbody(authenticate($bad->{authOTT}))->{OTP}, $bad->{OTP}, 'OTP in a 401 reply too');
};

subtest 'waitForLoginResult=true: /authenticate keeps the record, /loginResult deletes it (A2)' => sub {
    reset_rps();
    set_config(waitForLoginResult => JSON::PP::true);   # the shipped config (devrps_cli.t checks the default)
    my $m = mint(userId => 'heidi');
    is(authenticate($m->{authOTT})->code, 200, 'first /authenticate');
    is(authenticate($m->{authOTT})->code, 200, 'replay succeeds too (record kept)');
    my $res = jreq(POST => '/loginResult', { authOTT => $m->{authOTT}, status => 200,
        message => 'Authentication successful', logoutData => { sessionToken => 's', userId => 'heidi' } });
    status_is($res, 200, undef, '/loginResult');
    empty_body_ok($res, '/loginResult');
    cors_ok($res, '/loginResult');
    status_is(authenticate($m->{authOTT}), 408, 'Expired authentication request', 'after /loginResult');
    status_is(jreq(POST => '/loginResult', { authOTT => $m->{authOTT}, status => 200 }), 408,
        'Invalid or expired authOTT', 'second /loginResult');
    my $bad = mint(userId => 'heidi', ok => JSON::PP::false);
    is(authenticate($bad->{authOTT})->code, 401, 'wrong PIN');
    is(authenticate($bad->{authOTT})->code, 401, 'replayed wrong-PIN token counts again');
    is(authenticate($bad->{authOTT})->code, 410, 'and reaches the block');
    is(jreq(POST => '/loginResult', { authOTT => mint(userId => 'ivan')->{authOTT}, status => 403,
        message => 'not allowed' })->code, 200, '/loginResult with a refusal status');
};

subtest '/loginResult errors (A2)' => sub {
    my $m = mint(userId => 'judy');
    for my $case (['{oops', 'BAD REQUEST. INVALID JSON'], ['', 'BAD REQUEST. INVALID JSON'],
                  [json_encode({ status => 200 }), 'BAD REQUEST. INVALID DATA'],
                  [json_encode({ authOTT => $m->{authOTT} }), 'BAD REQUEST. INVALID DATA'],
                  ['[]', 'BAD REQUEST. INVALID DATA']) {
        my $res = req(POST => '/loginResult', $case->[0]);
        status_is($res, 400, $case->[1], "body '$case->[0]'");
        empty_body_ok($res, "body '$case->[0]'");
    }
    my $res = jreq(POST => '/loginResult', { authOTT => 'ffffffffffffffffffffffffffffffff', status => 200 });
    status_is($res, 408, 'Invalid or expired authOTT', 'unknown authOTT');
    empty_body_ok($res, 'unknown authOTT');
    is(authenticate($m->{authOTT})->code, 200, 'the record survived the bad calls');
};

subtest 'waitForLoginResult=false: single use, /loginResult is 404' => sub {
    set_config(waitForLoginResult => JSON::PP::false);
    my $m = mint(userId => 'kim');
    is(authenticate($m->{authOTT})->code, 200, 'first use');
    status_is(authenticate($m->{authOTT}), 408, 'Expired authentication request', 'replay');
    my $bad = mint(userId => 'kim', ok => JSON::PP::false);
    is(authenticate($bad->{authOTT})->code, 401, 'wrong PIN');
    is(authenticate($bad->{authOTT})->code, 408, 'wrong-PIN record deleted too');
    my $res = jreq(POST => '/loginResult', { authOTT => mint(userId => 'kim')->{authOTT}, status => 200 });
    status_is($res, 404, undef, '/loginResult');
    empty_body_ok($res, '/loginResult');
    reset_rps();
};

subtest 'authOTT lifetime (60 s default, configurable) and forced expiry' => sub {
    set_config(authOTTLifetime => 1);
    my $m = mint(userId => 'leo');
    sleep 1.3;
    status_is(authenticate($m->{authOTT}), 408, 'Expired authentication request', 'after the lifetime');
    reset_rps();
    my $e = mint(userId => 'leo');
    dev(POST => '/expire', { authOTT => $e->{authOTT} });
    is(authenticate($e->{authOTT})->code, 408, '/__dev/expire: 408');
    my $t = mint(userId => 'leo');
    dev(POST => '/expire', { authOTT => $t->{authOTT}, tokenOnly => JSON::PP::true });
    my $res = authenticate($t->{authOTT});
    status_is($res, 401, 'Wrong PIN.', 'token expired but record still stored');
    is(dev(GET => '/state')->{attempts}{$t->{mpinId}}, 1, 'counted as a failed attempt');
};

subtest 'A3 POST /user/<mpinId>: unknown mpinId and bad bodies' => sub {
    my $mp = unpack 'H*', '{"mobile": 0, "issued": "2016-03-15 13:42:36.947038", "userID": "x", "salt": "00"}';
    my $res = req(POST => "/user/$mp", json_encode({ activateKey => 'ab' x 32 }));
    status_is($res, 401, 'M-Pin ID not found.', 'unknown mpinId');
    empty_body_ok($res, 'unknown mpinId');
    is($res->header('WWW-Authenticate'), 'Authenticate', 'WWW-Authenticate on 401');
    for my $body ('nope', '{}', '{"activatekey": "x"}', '[]') {
        my $r = req(POST => "/user/$mp", $body);
        status_is($r, 400, 'BAD REQUEST. INVALID JSON', "body '$body'");
        empty_body_ok($r, "body '$body'");
    }
    # The success and expiry cases need a registration: t/devrps_register.t.
};

subtest 'private endpoints log nothing under /__dev/' => sub {
    dev(DELETE => '/log');
    authenticate('00' x 16);
    my $log = dev(GET => '/log');
    is(scalar @$log, 1, 'one request logged');
    is($log->[0]{path}, '/authenticate', 'path');
    is($log->[0]{method}, 'POST', 'method');
    is(json_decode($log->[0]{body})->{authOTT}, '00' x 16, 'body');
};

subtest 'GET /service' => sub {
    set_config(rpsBaseURL => 'http://rps.example:8011');
    my $j = jbody(req(GET => '/service'));
    is_deeply($j, { name => '', url => 'http://rps.example:8011', type => 'online', rps_prefix => 'rps', icon_url => '' },
        'body');
    reset_rps();
};
