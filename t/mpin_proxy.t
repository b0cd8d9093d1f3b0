# mpin-rps-proxy (/rps/...): the public RPS API through this site, the
# clientSettings rewrite and no-cache headers, and the private RPS endpoints
# kept out of reach.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(log_offset log_since);

plan tests => 17;
Test::More->builder->failure_output(\*STDERR);

my $RPS = $ENV{MPIN_DEVRPS_URL};
devrps_reset();

sub settings { http(GET => '/rps/clientSettings', undef, @_) }

# Why the module says a proxied call failed (its MPIN01803 line since a log
# offset; '' when none): what shows a timeout or a refused connection, where
# a stopwatch would depend on how busy the machine is.
sub proxy_failure_logged {
    my ($off) = @_;
    my ($why) = log_since($off) =~ /MPIN01803: RPS proxy: GET \/rps\/clientSettings failed: ([^\n]*)/;
    return $why // '';
}

subtest 'GET /rps/clientSettings: JSON, never cached' => sub {
    my $r = settings(Origin => server_url());
    is($r->code, 200, 'status 200');
    like($r->header('Content-Type') // '', qr{^application/json}, 'JSON content type');
    like($r->header('Cache-Control') // '', qr/no-store/, 'Cache-Control: no-store');
    like($r->header('Cache-Control') // '', qr/no-cache/, 'Cache-Control: no-cache');
    is($r->header('Pragma'), 'no-cache', 'Pragma: no-cache');
    like($r->header('Expires') // '', qr/1997/, 'Expires in the past');
    ok(!defined $r->header('Access-Control-Allow-Origin'), "the RPS's Access-Control-Allow-Origin is not copied");
    ok(!defined $r->header('Access-Control-Allow-Credentials'), 'nor Access-Control-Allow-Credentials');
    ok(!defined $r->header('ETag') && !defined $r->header('Last-Modified'), 'no validators');
    is(ref json_decode($r->content), 'HASH', 'a JSON object');
    is(length $r->content, $r->header('Content-Length'), 'Content-Length matches the rewritten body');
};

subtest 'a fresh seedValue on each call' => sub {
    my %seen;
    for (1 .. 3) {
        my $s = (json_decode(settings()->content) || {})->{seedValue} // '';
        like($s, qr/^[0-9a-f]{200}$/, 'a 200-hex seedValue');
        $seen{$s}++;
    }
    is(scalar keys %seen, 3, 'three calls, three seeds');
};

subtest "the RPS's absolute URLs are rewritten to /rps, the rest untouched" => sub {
    my $direct = json_decode(devrps(GET => '/rps/clientSettings')->content);
    my $s = json_decode(settings()->content);
    is($direct->{registerURL}, "$RPS/rps/user", 'the RPS itself answers absolute URLs');
    my %want = (registerURL => '/rps/user', signatureURL => '/rps/signature', timePermitsURL => '/rps/timePermit',
                setupDoneURL => '/rps/setupDone', mpinAuthServerURL => '/rps',
                mobileAuthenticateURL => '/rps/authenticate', accessNumberURL => '/rps/access',
                getAccessNumberURL => '/rps/getAccessNumber');
    is($s->{$_}, $want{$_}, "$_ is $want{$_}") for sort keys %want;
    for my $k (qw(certivoxURL timePermitsStorageURL appID authenticateURL)) {
        is($s->{$k}, $direct->{$k}, "$k untouched ($direct->{$k})");
    }
    is($s->{certivoxURL}, "$RPS/fake-cloud/", 'certivoxURL keeps the absolute RPS address');
    is_deeply([sort keys %$s], [sort keys %$direct], 'no field added or removed');
    for my $k (qw(setDeviceName requestOTP useNFC accessNumberUseCheckSum)) {
        ok(JSON::PP::is_bool($s->{$k}), "$k stays a boolean");
    }
    is($s->{accessNumberDigits}, $direct->{accessNumberDigits}, 'numbers stay numbers');
};

subtest 'the native-app URLs are rewritten too; other bases are left alone' => sub {
    devrps_config(mobileUseNative => JSON::PP::true);
    my $s = json_decode(settings()->content);
    is($s->{getQrUrl}, '/rps/getQrUrl', 'getQrUrl');
    is($s->{codeStatusURL}, '/rps/codeStatus', 'codeStatusURL');
    devrps_config(rpsBaseURL => 'http://rps.example.com');
    $s = json_decode(settings()->content);
    is($s->{registerURL}, 'http://rps.example.com/rps/user', 'a public RPS base that is not MpinRpsURL: untouched');
    devrps_config(rpsBaseURL => "${RPS}x");
    $s = json_decode(settings()->content);
    is($s->{registerURL}, "${RPS}x/rps/user", 'a look-alike prefix (port digits appended): untouched');
    # the MIRACL cloud fields stay even when they happen to start like an RPS URL
    devrps_config(rpsBaseURL => "$RPS/rps");
    $s = json_decode(settings()->content);
    is($s->{registerURL}, '/rps/rps/user', 'registerURL under a longer base: rewritten');
    is($s->{certivoxURL}, "$RPS/rps/fake-cloud/", 'certivoxURL under the RPS prefix: untouched');
    is($s->{timePermitsStorageURL}, "$RPS/rps/fake-storage", 'timePermitsStorageURL under the RPS prefix: untouched');
    devrps_config(rpsBaseURL => '');
    $s = json_decode(settings()->content);
    is($s->{registerURL}, '/rps/user', 'relative URLs stay relative');
    devrps_reset();
};

subtest 'unusable clientSettings from the RPS: 502' => sub {
    for my $mode (qw(garbage nonobject)) {
        devrps_fault(path => '/rps/clientSettings', mode => $mode, count => 1);
        my $r = settings();
        is($r->code, 502, "$mode: 502");
        unlike($r->content, qr/not JSON|not.*object/, "$mode: the RPS's body is not relayed");
    }
    devrps_fault(path => '/rps/clientSettings', mode => 'huge', count => 1);
    is(settings()->code, 502, '10 MB: 502');
    devrps_fault(path => '/rps/clientSettings', mode => 'redirect', count => 1);
    devrps_clear_log();
    my $r = settings();
    is($r->code, 502, 'a redirect: 502');
    ok(!defined $r->header('Location'), 'and no Location for the browser');
    is(scalar devrps_requests(undef, '/__dev/redirect-target'), 0, 'not followed');
};

subtest 'PUT /rps/user through the proxy registers' => sub {
    devrps_clear_log();
    my $body = json_encode({userId => 'proxy@example.com', mobile => 0});
    my $r = http(PUT => '/rps/user', $body, 'Content-Type' => 'application/json', Origin => server_url(),
                 Cookie => 'mpin_session=secret-session-value', Authorization => 'Basic c2VjcmV0');
    is($r->code, 200, 'status 200');
    like($r->header('Content-Type') // '', qr{^application/json}, 'JSON content type');
    like($r->header('Cache-Control') // '', qr/no-store/, 'not cacheable');
    my $j = json_decode($r->content) || {};
    is($j->{active}, JSON::PP::true, 'active: true (the RPS called /mpinVerify)');
    like($j->{mpinId} // '', qr/^[0-9a-f]+$/, 'an mpinId');
    my @put = devrps_requests(PUT => '/rps/user');
    is(scalar @put, 1, 'the RPS got the PUT once');
    my $h = $put[0]{headers} || {};
    is($put[0]{body}, $body, 'the body byte for byte');
    is($h->{'content-type'}, 'application/json', 'Content-Type forwarded');
    is($h->{origin}, server_url(), 'Origin forwarded');
    like($h->{'x-forwarded-for'} // '', qr/^(127\.0\.0\.1|::1)$/, 'X-Forwarded-For: the client');
    is($h->{'x-forwarded-proto'}, 'http', 'X-Forwarded-Proto: http');
    like($h->{'x-forwarded-host'} // '', qr/^localhost\b/, 'X-Forwarded-Host: this site');
    ok(!exists $h->{cookie}, 'the Cookie header (session) is not sent to the RPS');
    ok(!exists $h->{authorization}, 'nor Authorization');
    ok(!defined $r->header('Access-Control-Allow-Origin'), 'no CORS header copied back');
    my $sig = http(GET => "/rps/signature/$j->{mpinId}?regOTT=$j->{regOTT}");
    is($sig->code, 200, 'GET /rps/signature/<mpinId>?regOTT= through the proxy: 200');
    ok((json_decode($sig->content) || {})->{clientSecretShare}, 'with the client-secret share');
    my ($logged) = devrps_requests(GET => "/rps/signature/$j->{mpinId}");
    is($logged && $logged->{query}, "regOTT=$j->{regOTT}", 'the query string was passed');
};

subtest 'the RPS refusing a registration is passed on' => sub {
    devrps_reset(RPAVerifyUserURL => server_url() . '/restricted/mpinVerify');
    my $r = http(PUT => '/rps/user', {userId => 'mallory@example.com', mobile => 0},
                 'Content-Type' => 'application/json');
    is($r->code, 403, 'refused user: 403 through the proxy');
    $r = http(PUT => '/rps/user', '{"mobile": 0}', 'Content-Type' => 'application/json');
    is($r->code, 400, 'no userId: 400 through the proxy');
    devrps_reset();
};

subtest 'POST /rps/pass1 and /rps/pass2, then the authOTT logs in (wrong PIN)' => sub {
    my $reg = json_decode(http(PUT => '/rps/user', {userId => 'pass@example.com', mobile => 0})->content);
    my $mpin = $reg->{mpinId};
    my $p1 = http(POST => '/rps/pass1', {mpin_id => $mpin, dtas => '', UT => 'aa', U => 'bb', pass => 1},
                  'Content-Type' => 'application/json');
    is($p1->code, 200, 'pass1: 200');
    like((json_decode($p1->content) || {})->{y} // '', qr/^[0-9a-f]+$/, 'pass1: y');
    my $p2 = http(POST => '/rps/pass2', {mpin_id => $mpin, WID => '0', OTP => JSON::PP::false, V => 'cc', pass => 2},
                  'Content-Type' => 'application/json');
    is($p2->code, 200, 'pass2: 200');
    my $ott = (json_decode($p2->content) || {})->{authOTT} // '';
    like($ott, qr/^[0-9a-f]{32}$/, 'pass2: an authOTT');
    my $r = pinpad_login($ott);
    is($r->code, 401, '... which /mpinAuthenticate reports as a wrong PIN (401)');
    my $bad = http(POST => '/rps/pass1', '{"mpin_id": ', 'Content-Type' => 'application/json');
    is($bad->code, 400, 'a bad pass1 body: the RPS 400 is passed on');
    devrps_clear_log();
    my $body = json_encode({mpin_id => $mpin, UT => 'aa', U => 'bb', pass => 1});
    is(http(POST => '/rps/pass1', $body)->code, 200, 'pass1 without a Content-Type: 200');
    my ($logged) = devrps_requests(POST => '/rps/pass1');
    is($logged && $logged->{body}, $body, 'the body byte for byte');
    ok($logged && !exists $logged->{headers}{'content-type'}, 'no Content-Type invented for it');
};

subtest 'OPTIONS passes' => sub {
    devrps_clear_log();
    my $r = http(OPTIONS => '/rps/user', undef, Origin => server_url(),
                 'Access-Control-Request-Method' => 'PUT');
    is($r->code, 200, 'status 200');
    is((json_decode($r->content) || {})->{message}, 'options request', "the RPS's answer");
    is(scalar devrps_requests(OPTIONS => '/rps/user'), 1, 'the RPS got it');
};

subtest 'the RPS statuses are relayed, its WWW-Authenticate never (t/rps_proxy_hostile.t)' => sub {
    my $r = http(GET => '/rps/signature/' . unpack('H*', '{"userID": "x"}') . '?regOTT=00');
    is($r->code, 400, 'an unknown registration: 400 as the RPS said');
    devrps_fault(path => '/rps/pass1', mode => 'status', status => 401, count => 1);
    $r = http(POST => '/rps/pass1', '{}');
    is($r->code, 401, '401 relayed');
    ok(!defined $r->header('WWW-Authenticate'), 'without its WWW-Authenticate');
    my $m = http(GET => '/rps/mobileConfig');
    is($m->code, devrps(GET => '/rps/mobileConfig')->code, 'GET /rps/mobileConfig: the same status as the RPS');
};

subtest 'private RPS endpoints are never reachable' => sub {
    devrps_clear_log();
    my $hex = unpack 'H*', '{"userID": "alice"}';
    my @paths = ('/rps/../authenticate', '/rps/%2e%2e/authenticate', '/rps/%2E%2E/loginResult',
                 '/rps/authenticate/../../loginResult', '/rps/./../loginResult', '/rps/..%2floginResult',
                 '/rps/%2fauthenticate', '/rps/%2Fauthenticate', '/rps/..%5cauthenticate',
                 '/rps/loginResult', '/rps/status', '/rps/service', '/rps/dynamicOptions',
                 '/rps/manage/getStackInfo', "/rps/user/../../user/$hex", "/rps/../user/$hex",
                 '/rps/user/not-hex', "/rps/user/$hex/extra", '/rps/unknown', '/rps/', '/rps/clientSettings%00',
                 '/rps/clientSettings/', '/rps/clientSettings/..', '/rps/CLIENTSETTINGS',
                 '/rps/__dev/state', '/rps/../__dev/state', '/rps/fake-cloud/clientSecret');
    for my $p (@paths) {
        for my $m (qw(GET POST)) {
            my $r = http($m => $p, $m eq 'POST' ? '{"authOTT": "0123456789abcdef0123456789abcdef"}' : undef);
            ok($r->code == 404 || $r->code == 400, "$m $p: refused (" . $r->code . ')');
        }
    }
    my @reached = grep { $_->{path} !~ m{^/rps/(?:clientSettings|user|pass[12])$} } @{ devrps_log() };
    is(scalar @reached, 0, 'none of them reached the RPS') or diag json_encode(\@reached);
};

subtest 'the phone endpoint /rps/authenticate is public' => sub {
    devrps_clear_log();
    my $r = http(POST => '/rps/authenticate', {mpinResponse => {authOTT => random_hex(32)}},
                 'Content-Type' => 'application/json');
    ok($r->code >= 400 && $r->code < 500, 'the RPS answers (an unknown token: ' . $r->code . ')');
    is(scalar devrps_requests(POST => '/rps/authenticate'), 1, 'it reached /rps/authenticate');
    is(scalar devrps_requests(POST => '/authenticate'), 0, 'not the private /authenticate');
};

subtest 'methods: DELETE and others 405' => sub {
    devrps_clear_log();
    for my $m (qw(DELETE PATCH)) {
        my $r = http($m => '/rps/user');
        is($r->code, 405, "$m: 405");
        like($r->header('Allow') // '', qr/GET.*PUT/, "$m: Allow lists the methods");
    }
    is(scalar @{ devrps_log() }, 0, 'the RPS was not contacted');
};

subtest 'a body over the cap: 413' => sub {
    devrps_clear_log();
    my $big = json_encode({userId => 'big@example.com', pad => 'x' x (64 * 1024)});
    is(http(PUT => '/rps/user', $big, 'Content-Type' => 'application/json')->code, 413, 'PUT 64 KiB+: 413');
    is(http(POST => '/rps/pass2', 'x' x (1024 * 1024))->code, 413, 'POST 1 MiB: 413');
    is(scalar @{ devrps_log() }, 0, 'the RPS was not contacted');
};

subtest 'the RPS down: 502' => sub {
    my $off = log_offset();
    is(settings('X-Mpin-Test-Rps' => 'down')->code, 502, 'connection refused: 502');
    my $why = proxy_failure_logged($off);
    ok($why =~ /connect/i && $why !~ /timed out/, "the module logged the refused connection, not a timeout ($why)");
    is(settings()->code, 200, 'the switch is only for that request');
    devrps_fault(path => '/rps/clientSettings', mode => 'drop', count => 2);
    is(settings()->code, 502, 'connection dropped: 502');
    devrps(DELETE => '/__dev/fault');
};

subtest 'a hanging RPS: 504 within MpinRpsTimeout' => sub {
    devrps_fault(path => '/rps/clientSettings', mode => 'hang', count => 1);
    my $off = log_offset();
    my ($r, $t) = timed(sub { settings() });
    is($r->code, 504, 'hang: 504');
    like(proxy_failure_logged($off), qr/timed out/, 'the module logged the timeout');
    # only a call that never ends fails this (the 3 s total timeout plus a large slack)
    cmp_ok($t, '<', 3 + 30, sprintf('not forever (%.1f s)', $t));
    is(settings()->code, 200, 'the next call works');
};

subtest 'HEAD /rps/clientSettings' => sub {
    my $r = http(HEAD => '/rps/clientSettings');
    is($r->code, 200, 'status 200');
    is($r->content, '', 'no body');
    like($r->header('Cache-Control') // '', qr/no-store/, 'no-store');
};

devrps_reset();
