# mpin-authenticate (POST /mpinAuthenticate): the PIN pad's authOTT checked
# with the development RPS, every RPS answer mapped, the input checks made
# before the RPS is contacted, the replay guard, /loginResult, sessions.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestUtil qw(t_start_error_log_watch t_finish_error_log_watch);
use lib "t/lib";
use MpinTest;
use MpinServer qw(log_offset log_since);

plan tests => 24;
Test::More->builder->failure_output(\*STDERR);

my $ALICE = 'alice@example.com';

devrps_reset();
t_start_error_log_watch();
my @otts_seen; # every authOTT used here: none may reach the error log

sub mint { my $o = devrps_mint(@_); push @otts_seen, $o; $o }

sub rps_auth_calls { scalar devrps_requests(POST => '/authenticate') }

# Why the module says a login failed (its MPIN01605 line since a log offset;
# '' when it logged none).  Whether it waited for a timeout is read here, not
# from a stopwatch: a busy machine may take any time to answer.
sub failure_logged {
    my ($off) = @_;
    my ($why) = log_since($off) =~ /MPIN01605: login failed: RPS \/authenticate ([^\n]*)/;
    return $why // '';
}

# The JSON error answer the PIN pad gets: status and body agree, no cookie.
sub json_answer {
    my ($r, $status, $name) = @_;
    subtest $name => sub {
        is($r->code, $status, "HTTP $status");
        like($r->header('Content-Type') // '', qr{^application/json}, 'JSON content type');
        my $j = json_decode($r->content);
        is(ref $j, 'HASH', 'a JSON object body') or diag $r->content;
        is($j && $j->{status}, $status, "body status $status");
        ok(!defined set_cookie_header($r), 'no session cookie');
    };
}

sub protected_as {
    my ($cookie) = @_;
    my $r = http(GET => '/protected', undef, session_header($cookie), Accept => 'text/html');
    return $r->code == 200 && $r->content =~ /You are logged in as (\S+?)</ ? $1 : undef;
}

subtest 'a good authOTT, the full PIN pad shape' => sub {
    devrps_clear_log();
    my $ott = mint($ALICE, 1);
    my $r = pinpad_login($ott);
    is($r->code, 200, 'status 200');
    like($r->header('Content-Type') // '', qr{^application/json}, 'JSON content type');
    my $j = json_decode($r->content) || {};
    is($j->{status}, 200, 'body status 200');
    is($j->{userId}, $ALICE, 'body names the user');
    like($r->header('Cache-Control') // '', qr/no-store/, 'not cacheable');
    my $sc = set_cookie_header($r) // '';
    like($sc, qr/^mpin_session=[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43};/, 'an opaque mpin_session cookie');
    like($sc, qr/;\s*HttpOnly/i, 'HttpOnly');
    like($sc, qr/;\s*SameSite=Lax/i, 'SameSite=Lax');
    like($sc, qr/;\s*Path=\/(;|$)/, 'Path=/');
    unlike($sc, qr/;\s*Secure/i, 'not Secure over plain http (MpinCookieSecure Auto)');
    unlike($sc, qr/Max-Age=0/i, 'not a clearing cookie');
    unlike($sc, qr/\Q$ALICE\E|\Q$ott\E/, 'neither the user nor the authOTT in the cookie');
    is(protected_as(cookie_from($r)), $ALICE, 'the cookie opens /protected');
    my @auth = devrps_requests(POST => '/authenticate');
    is(scalar @auth, 1, 'the RPS was asked once');
    my $sent = json_decode($auth[0]{body}) || {};
    is_deeply([sort keys %$sent], [qw(authOTT logoutData logoutURL)], 'with authOTT, logoutURL, logoutData');
    is($sent->{authOTT}, $ott, 'the authOTT');
    is($sent->{logoutURL}, '/logout', 'logoutURL (MpinMobileLogoutURL), for a phone that signed this in');
    is_deeply([keys %{$sent->{logoutData} || {}}], ['sessionToken'], 'logoutData: {"sessionToken"} (as Milagro\'s demo RPA)');
    like($auth[0]{headers}{'content-type'} // '', qr{^application/json}, 'as application/json');
};

subtest 'a good authOTT, the short (after mobile) shape, extra keys ignored' => sub {
    my $r = pinpad_login(mint('bob@example.com', 1), short => 1);
    is($r->code, 200, 'short shape: 200');
    is(protected_as(cookie_from($r)), 'bob@example.com', 'logged in as bob');
    my $ott = mint($ALICE, 1);
    $r = http(POST => '/mpinAuthenticate',
              {mpinResponse => {authOTT => $ott, OTP => '123456', extra => [1]}, other => 'x'},
              'Content-Type' => 'application/json');
    is($r->code, 200, 'unknown keys are ignored');
};

subtest 'wrong PIN: 401, the third: 410, then blocked' => sub {
    my $u = 'wrongpin@example.com';
    json_answer(pinpad_login(mint($u, 0)), 401, 'first wrong PIN: 401');
    json_answer(pinpad_login(mint($u, 0)), 401, 'second wrong PIN: 401');
    json_answer(pinpad_login(mint($u, 0)), 410, 'third wrong PIN: 410');
    my $r = pinpad_login(mint($u, 1));
    json_answer($r, 410, 'the right PIN after that: still 410');
    is((json_decode($r->content) || {})->{message}, 'Wrong PIN.', "the RPS's message is passed on");
};

subtest 'an expired or unknown authOTT: 408' => sub {
    my $ott = mint($ALICE, 1);
    devrps_expire($ott);
    json_answer(pinpad_login($ott), 408, 'expired at the RPS: 408');
    json_answer(pinpad_login(random_hex(32)), 408, 'never issued: 408');
    json_answer(pinpad_login(random_hex(64)), 408, 'never issued, 64 hex (i3 length) reaches the RPS: 408');
};

subtest 'each RPS refusal status is passed on with a JSON body' => sub {
    for my $st (401, 403, 408, 410, 412) {
        devrps_fault(path => '/authenticate', method => 'POST', mode => 'status', status => $st, count => 1,
                     userId => $ALICE, message => "refused $st");
        my $r = pinpad_login(random_hex(32));
        json_answer($r, $st, "RPS $st: $st");
        is((json_decode($r->content) || {})->{message}, "refused $st", "RPS $st: its message");
    }
};

subtest 'other RPS statuses: 502' => sub {
    for my $st (500, 400, 404, 201, 302) {
        devrps_fault(path => '/authenticate', mode => 'status', status => $st, count => 1);
        json_answer(pinpad_login(random_hex(32)), 502, "RPS $st in body and line: 502");
    }
    devrps_fault(path => '/authenticate', mode => 'raw', status => 400, body => '', count => 1,
                 contentType => 'text/html; charset=UTF-8', message => 'BAD REQUEST. INVALID JSON');
    json_answer(pinpad_login(random_hex(32)), 502, 'RPS 400 with an empty body: 502');
    devrps_fault(path => '/authenticate', mode => 'raw', status => 200, count => 1,
                 body => '{"userId": "alice@example.com", "mpinId": "", "status": 401, "message": "x"}');
    json_answer(pinpad_login(random_hex(32)), 502, 'HTTP 200 but body status 401: 502');
    devrps_fault(path => '/authenticate', mode => 'raw', status => 401, count => 1,
                 body => '{"userId": "alice@example.com", "mpinId": "", "status": 200, "message": "x"}');
    json_answer(pinpad_login(random_hex(32)), 502, 'HTTP 401 but body status 200: 502');
};

subtest 'a 200 with an unusable user: no session' => sub {
    devrps_fault(path => '/authenticate', mode => 'status', status => 200, userId => '', count => 1);
    json_answer(pinpad_login(random_hex(32)), 502, 'empty userId: 502');
    devrps_fault(path => '/authenticate', mode => 'status', status => 200, userId => "evil\x0aUser", count => 1);
    json_answer(pinpad_login(random_hex(32)), 502, 'userId with a newline: 502');
    devrps_fault(path => '/authenticate', mode => 'raw', status => 200, count => 1,
                 body => '{"mpinId": "", "status": 200, "message": "Authentication successful"}');
    json_answer(pinpad_login(random_hex(32)), 502, 'no userId at all: 502');
};

subtest 'a broken RPS: 502' => sub {
    devrps_clear_log();
    for my $mode (qw(garbage nonobject wrongtypes huge redirect drop)) {
        # libcurl resends once when a reused keep-alive connection dies
        # before any answer: "drop" must hit that retry too
        devrps_fault(path => '/authenticate', mode => $mode, count => $mode eq 'drop' ? 2 : 1);
        my $off = log_offset();
        json_answer(pinpad_login(random_hex(32)), 502, "$mode: 502");
        my $why = failure_logged($off);
        ok($why ne '' && $why !~ /timed out/, "$mode: the module logged the failure, not a timeout ($why)");
    }
    devrps(DELETE => '/__dev/fault');
    devrps_fault(path => '/authenticate', mode => 'nonobject', value => 'Authentication successful', count => 1);
    json_answer(pinpad_login(random_hex(32)), 502, 'a JSON string: 502');
    devrps_fault(path => '/authenticate', mode => 'huge', bytes => 65 * 1024, count => 1);
    json_answer(pinpad_login(random_hex(32)), 502, 'a valid 65 KiB success body: 502 (64 KiB cap)');
    is(scalar devrps_requests(undef, '/__dev/redirect-target'), 0, 'the redirect was not followed');
};

subtest 'a hanging RPS: 504 within MpinRpsTimeout (2 3)' => sub {
    devrps_fault(path => '/authenticate', mode => 'hang', count => 1);
    my $off = log_offset();
    my ($r, $t) = timed(sub { pinpad_login(random_hex(32)) });
    json_answer($r, 504, 'hang: 504');
    like(failure_logged($off), qr/timed out/, 'the module logged the timeout');
    cmp_ok($t, '>=', 2, 'after waiting for it');
    # the end of the wait is the 504 and its log line; this bound only
    # catches a call that never ends (3 s plus a large slack)
    cmp_ok($t, '<', 3 + 30, sprintf('not forever (%.1f s)', $t));
};

subtest 'a slow RPS' => sub {
    devrps_fault(path => '/authenticate', mode => 'delay', ms => 2500, count => 1);
    my $off = log_offset();
    my $r = pinpad_login(random_hex(32), path => '/fast/mpinAuthenticate');
    json_answer($r, 504, 'slower than MpinRpsTimeout 1 1: 504');
    like(failure_logged($off), qr/timed out/, 'the module gave up at its timeout, before the RPS answered');
    devrps_fault(path => '/authenticate', mode => 'delay', ms => 300, count => 1);
    $r = pinpad_login(mint($ALICE, 1));
    is($r->code, 200, 'slow but within the timeout: 200');
};

subtest 'the RPS down: 502' => sub {
    my $off = log_offset();
    json_answer(pinpad_login(mint($ALICE, 1), path => '/rpsdown/mpinAuthenticate'), 502, 'connection refused: 502');
    my $why = failure_logged($off);
    like($why, qr/connect/i, "the module logged the refused connection ($why)");
    unlike($why, qr/timed out/, '  not a timeout');
};

subtest 'malformed requests: 400, and the RPS never sees them' => sub {
    devrps_clear_log();
    my %cases = (
        'missing authOTT' => {mpinResponse => {version => '0.3', pass => 2}},
        'missing mpinResponse' => {authOTT => random_hex(32)},
        'mpinResponse a string' => {mpinResponse => random_hex(32)},
        'non-hex' => {mpinResponse => {authOTT => ('g' x 32)}},
        'hex with a space' => {mpinResponse => {authOTT => random_hex(16) . ' ' . random_hex(15)}},
        '31 chars' => {mpinResponse => {authOTT => random_hex(31)}},
        '65 chars' => {mpinResponse => {authOTT => random_hex(65)}},
        'empty string' => {mpinResponse => {authOTT => ''}},
        'a number' => {mpinResponse => {authOTT => 12345678901234567890}},
        'an array' => {mpinResponse => {authOTT => [random_hex(32)]}},
        'null' => {mpinResponse => {authOTT => undef}},
        'JSON injection' => {mpinResponse => {authOTT => random_hex(32) . '","authOTT":"' . random_hex(32)}},
        'invalid JSON' => '{"mpinResponse": {"authOTT": "' . random_hex(32) . '"}',
        'a JSON array' => '[{"mpinResponse": {"authOTT": "' . random_hex(32) . '"}}]',
        'empty body' => '',
        'form encoded' => 'authOTT=' . random_hex(32),
        'duplicate key' => '{"mpinResponse": {"authOTT": "' . random_hex(32) . '", "authOTT": "' . random_hex(32) . '"}}',
    );
    for my $name (sort keys %cases) {
        json_answer(http(POST => '/mpinAuthenticate', $cases{$name}, 'Content-Type' => 'application/json'),
                    400, "$name: 400");
    }
    json_answer(http(POST => '/mpinAuthenticate'), 400, 'no body at all: 400');
    is(rps_auth_calls(), 0, 'no /authenticate request reached the RPS');
};

subtest 'a replayed authOTT: 408, and the RPS is asked once' => sub {
    devrps_clear_log();
    my $ott = mint($ALICE, 1);
    my $first = pinpad_login($ott);
    is($first->code, 200, 'first use: 200');
    json_answer(pinpad_login($ott), 408, 'second use: 408');
    json_answer(pinpad_login($ott, short => 1), 408, 'third use, other shape: 408');
    json_answer(pinpad_login(uc $ott), 408, 'the same token in upper case: 408') if $ott =~ /[a-f]/;
    is(rps_auth_calls(), 1, 'the RPS saw one /authenticate');
};

subtest 'a replayed authOTT with a single-use RPS (waitForLoginResult false)' => sub {
    devrps_config(waitForLoginResult => JSON::PP::false);
    my $ott = mint($ALICE, 0);
    json_answer(pinpad_login($ott), 401, 'wrong PIN: 401');
    json_answer(pinpad_login($ott), 408, 'the same authOTT again: 408');
    devrps_reset();
};

subtest 'concurrent replays: exactly one login' => sub {
    my $ott = mint($ALICE, 1);
    my @codes = grep { !ref } in_parallel(6, sub { pinpad_login($ott)->code });
    is(scalar @codes, 6, 'six answers');
    is(scalar(grep { $_ == 200 } @codes), 1, 'one 200') or diag "@codes";
    is(scalar(grep { $_ == 408 } @codes), 5, 'five 408');
};

subtest '/loginResult after a successful login' => sub {
    devrps_clear_log();
    my $ott = mint($ALICE, 1);
    my $r = pinpad_login($ott);
    is($r->code, 200, 'login: 200');
    my @lr = devrps_requests(POST => '/loginResult');
    is(scalar @lr, 1, 'the RPS got one /loginResult');
    my $b = json_decode($lr[0]{body}) || {};
    is($b->{authOTT}, $ott, 'for this authOTT');
    is($b->{status}, 200, 'status 200');
    is(ref $b->{logoutData}, 'HASH', 'with logoutData');
    is($b->{logoutData}{userId}, $ALICE, 'logoutData.userId');
    like($b->{logoutData}{sessionToken} // '', qr/^[A-Za-z0-9_-]{32,}$/, 'logoutData.sessionToken');
    my $cookie = cookie_from($r);
    unlike($cookie, qr/\Q$b->{logoutData}{sessionToken}\E/, 'the token is not the session cookie');
    is(scalar devrps_requests(POST => '/loginResult'), 1, 'no /loginResult for failures...');
    pinpad_login(mint($ALICE, 0));
    is(scalar devrps_requests(POST => '/loginResult'), 1, '... (a wrong PIN adds none)');
};

subtest '/loginResult failing does not break the login' => sub {
    # MpinRpsLoginResult On there: Auto would remember the 404 (t/mpin_login_result.t)
    devrps_config(waitForLoginResult => JSON::PP::false);
    devrps_clear_log();
    my $r = pinpad_login(mint($ALICE, 1), path => '/lr-on/mpinAuthenticate');
    is($r->code, 200, 'waitForLoginResult false (404 from /loginResult): 200');
    ok(protected_as(cookie_from($r)), 'and a working session');
    my @lr = devrps_requests(POST => '/loginResult');
    is(scalar @lr, 1, '/loginResult was still tried');
    devrps_reset();
    devrps_fault(path => '/loginResult', mode => 'status', status => 500, count => 1);
    $r = pinpad_login(mint($ALICE, 1), path => '/lr-on/mpinAuthenticate');
    is($r->code, 200, '/loginResult answering 500: 200');
    ok(protected_as(cookie_from($r)), 'and a working session');
};

subtest 'MpinAllowedUsers at /restricted/mpinAuthenticate' => sub {
    devrps_clear_log();
    my $ott = mint('mallory@example.com', 1);
    my $r = pinpad_login($ott, path => '/restricted/mpinAuthenticate');
    json_answer($r, 403, 'a user outside the list: 403');
    my ($lr) = devrps_requests(POST => '/loginResult');
    ok($lr, 'the RPS is told');
    my $b = json_decode($lr ? $lr->{body} : '') || {};
    is($b->{authOTT}, $ott, '... about this authOTT');
    is($b->{status}, 403, '... with status 403');
    $r = pinpad_login(mint($ALICE, 1), path => '/restricted/mpinAuthenticate');
    is($r->code, 200, 'a user inside the list: 200');
    is(protected_as(cookie_from($r)), $ALICE, 'logged in');
};

subtest 'methods other than POST: 405' => sub {
    for my $m (qw(GET PUT DELETE)) {
        my $r = http($m => '/mpinAuthenticate');
        json_answer($r, 405, "$m: 405");
        like($r->header('Allow') // '', qr/\bPOST\b/, "$m: Allow: POST");
    }
};

subtest 'cross-site requests: 403 without contacting the RPS' => sub {
    devrps_clear_log();
    my $ott = mint($ALICE, 1);
    json_answer(pinpad_login($ott, Origin => 'http://evil.example'), 403, 'Origin http://evil.example: 403');
    json_answer(pinpad_login($ott, Origin => server_url() . '.evil.example'), 403, 'Origin suffix trick: 403');
    json_answer(pinpad_login($ott, Origin => 'null'), 403, 'Origin null: 403');
    json_answer(pinpad_login($ott, 'Sec-Fetch-Site' => 'cross-site'), 403, 'Sec-Fetch-Site cross-site: 403');
    json_answer(pinpad_login($ott, 'Sec-Fetch-Site' => 'same-site'), 403, 'Sec-Fetch-Site same-site: 403');
    json_answer(pinpad_login($ott, Origin => server_url(), 'Sec-Fetch-Site' => 'cross-site'), 403,
                'a good Origin does not excuse Sec-Fetch-Site cross-site');
    is(rps_auth_calls(), 0, 'the RPS was not contacted');
    my $r = pinpad_login($ott, Origin => server_url(), 'Sec-Fetch-Site' => 'same-origin');
    is($r->code, 200, 'same origin: 200 (the refused attempts did not burn the authOTT)');
    is(protected_as(cookie_from($r)), $ALICE, 'logged in');
    $r = pinpad_login(mint($ALICE, 1), Origin => uc server_url());
    is($r->code, 200, 'Origin compared case-insensitively');
};

subtest 'a body over the cap: 413, the RPS not contacted' => sub {
    devrps_clear_log();
    my $body = json_encode({mpinResponse => {authOTT => random_hex(32)}, pad => 'x' x (20 * 1024)});
    json_answer(http(POST => '/mpinAuthenticate', $body, 'Content-Type' => 'application/json'), 413, '20 KiB: 413');
    json_answer(http(POST => '/mpinAuthenticate', 'x' x (1024 * 1024)), 413, '1 MiB: 413');
    is(rps_auth_calls(), 0, 'the RPS was not contacted');
};

subtest 'a new session id at each login' => sub {
    my $c1 = cookie_from(pinpad_login(mint($ALICE, 1)));
    my $c2 = cookie_from(pinpad_login(mint($ALICE, 1)));
    ok($c1 && $c2, 'two cookies');
    isnt($c1, $c2, 'two logins, two session ids');
    # a cookie sent with the login never becomes the new session
    my $r = pinpad_login(mint('bob@example.com', 1), session_header($c1));
    my $c3 = cookie_from($r);
    ok($c3 && $c3 ne $c1, 'a login with a cookie gets a fresh one');
    is(protected_as($c3), 'bob@example.com', 'the fresh one is bob');
    is(protected_as($c1), $ALICE, 'the old one is still alice (not taken over)');
    my $forged = 'A' x 32 . '.' . 'B' x 43;
    $r = pinpad_login(mint($ALICE, 1), session_header($forged));
    isnt(cookie_from($r), $forged, 'a forged cookie is never adopted');
};

subtest 'an RPS reply with an OTP field still logs in' => sub {
    my $ott = devrps(POST => '/__dev/mint', {userId => $ALICE, ok => JSON::PP::true, otp => JSON::PP::true});
    my $r = pinpad_login(json_decode($ott->content)->{authOTT});
    is($r->code, 200, 'status 200');
    unlike($r->content, qr/"OTP"/, 'the OTP is not echoed to the browser');
};

subtest 'nothing secret in the error log' => sub {
    my @log = t_finish_error_log_watch();
    ok(scalar @log, 'the error log was written');
    my @leaks = grep { my $l = $_; grep { index($l, $_) >= 0 } @otts_seen } @log;
    is(scalar @leaks, 0, 'no authOTT in the error log') or diag @leaks[0 .. 2];
    ok((grep { /MPIN01608: login of user alice\@example\.com/ } @log), 'logins are logged (info)');
    ok((grep { /MPIN01605: login failed: RPS \/authenticate/ } @log), 'RPS failures say why');
    ok((grep { /MPIN01601: login refused: authOTT replayed/ } @log), 'replays are logged');
    ok(!(grep { /mpin_session=|[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}/ } @log), 'no session cookie in the log');
};

devrps_reset();
