# Development RPS, registration: PUT /rps/user[/<mpinId>] and the verify
# callback (spec 2, "Protocol spec" B1), activation POST /user/<mpinId> (A3),
# and GET /rps/signature. The fake RPA is t/cgi-bin/fake-rpa under t/TEST
# (then what it received is checked too), else the devrps built-in one.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use Digest::SHA qw(hmac_sha256_hex);
use Time::HiRes qw(time sleep);

plan skip_all => 'MPIN_DEVRPS_URL is not set' unless rps_url();
plan tests => 19;
Test::More->builder->failure_output(\*STDERR);

reset_rps();
my $APPKEY = dev(GET => '/state')->{appKey};
my $ISO_PY = qr/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?$/;   # datetime.isoformat()

# Register `user` against a fake RPA configured by %fake; returns (response, callback, tag).
sub register_with {
    my ($body, %fake) = @_;
    my $tag = uniq_tag();
    set_config(RPAVerifyUserURL => fake_rpa(%fake, tag => $tag));
    dev(DELETE => '/callbacks');
    my $res = req(PUT => '/rps/user', ref $body ? json_encode($body) : $body);
    my $cbs = callbacks();
    return ($res, $cbs->[-1], $tag);
}

subtest 'B1 verify request: method, headers, eight typed fields' => sub {
    my ($res, $cb, $tag) = register_with({ userId => 'alice@example.com', mobile => 0 });
    status_is($res, 200, undef, 'PUT /rps/user');
    is($cb->{method}, 'POST', 'POST');
    my %h = map { lc($_) => $cb->{headers}{$_} } keys %{ $cb->{headers} };
    is($h{'content-type'}, 'application/x-www-form-urlencoded', 'form Content-Type, like Tornado');
    is($h{'rps-base-url'}, rps_url(), 'RPS-BASE-URL is scheme://host of the client request');
    is($h{connection}, 'close', 'Connection: close');
    is($h{'accept-encoding'}, 'gzip', 'Accept-Encoding: gzip');
    is($h{'content-length'}, length($cb->{body}), 'Content-Length');
    my $sent = json_decode($cb->{body});
    is_deeply([sort keys %$sent], [sort qw(userId mpinId mobile activateKey expireTime resend deviceName userData)],
        'exactly the eight fields');
    like($cb->{body}, qr/"mobile": 0[,}]/, 'mobile is a JSON integer');
    like($cb->{body}, qr/"resend": false[,}]/, 'resend is a JSON boolean');
    like($cb->{body}, qr/"deviceName": ""/, 'deviceName defaults to ""');
    like($cb->{body}, qr/"userData": ""/, 'userData defaults to ""');
    is($sent->{userId}, 'alice@example.com', 'userId');
    like($sent->{expireTime}, qr/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'expireTime YYYY-MM-DDTHH:MM:SSZ');
    my $reply = jbody($res);
    is($sent->{mpinId}, $reply->{mpinId}, 'same mpinId as the client gets');
    is($sent->{activateKey}, hmac_sha256_hex($reply->{mpinId} . $reply->{regOTT}, $APPKEY),
        'activateKey = HMAC-SHA256(app_key, mpinId + regOTT)');
  SKIP: {
        skip 'fake-rpa CGI log not available (plain prove)', 7 unless fake_rpa_log_available();
        my @seen = fake_rpa_log($tag);
        is(scalar @seen, 1, 'the CGI got one request');
        my $e = $seen[0] || { headers => {} };
        is($e->{method}, 'POST', 'CGI: POST');
        is($e->{headers}{CONTENT_TYPE}, 'application/x-www-form-urlencoded', 'CGI: CONTENT_TYPE');
        is($e->{headers}{HTTP_RPS_BASE_URL}, rps_url(), 'CGI: HTTP_RPS_BASE_URL');
        is($e->{headers}{CONTENT_LENGTH}, length $cb->{body}, 'CGI: CONTENT_LENGTH');
        is($e->{body}, $cb->{body}, 'CGI: the exact body');
        ok(!defined $e->{headers}{HTTP_CONNECTION} || $e->{headers}{HTTP_CONNECTION} eq 'close', 'CGI: Connection');
    }
};

subtest 'B1 client reply: mpinId, regOTT, expireTime, nowTime, active' => sub {
    my ($res) = register_with({ userId => 'bob', mobile => 0 });
    status_is($res, 200, 'OK');
    my $j = json_reply_ok($res);
    is_deeply([sort keys %$j], [sort qw(mpinId regOTT expireTime nowTime active)], 'fields');
    ok(is_hex($j->{regOTT}, 32), 'regOTT 32 hex');
    like($j->{expireTime}, $ISO_PY, 'expireTime isoformat, no Z');
    like($j->{nowTime}, $ISO_PY, 'nowTime isoformat, no Z');
    is($j->{active}, JSON::PP::true, 'active true (forceActivate)');
    my $parse = sub { my ($y, $mo, $d, $h, $mi, $s) = $_[0] =~ /(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)/;
        require Time::Local; Time::Local::timegm($s, $mi, $h, $d, $mo - 1, $y) };
    is($parse->($j->{expireTime}) - $parse->($j->{nowTime}), 3600, 'expireTime = nowTime + 3600 s');
    cors_ok($res);
};

subtest 'mpinId is the hex of Python json.dumps({issued, userID, mobile, salt})' => sub {
    my ($res) = register_with({ userId => "zo\x{e9}\@example.com", mobile => 1 });
    my $hex = jbody($res)->{mpinId};
    my $text = pack 'H*', $hex;
    like($text, qr/^\{"\w+": /, 'Python separators');
    unlike($text, qr/[^\x20-\x7e]/, 'ASCII only (ensure_ascii)');
    like($text, qr/"userID": "zo\\u00e9\@example.com"/, 'non-ASCII escaped as \\u00e9');
    like($text, qr/"mobile": 1(,|})/, 'mobile integer');
    like($text, qr/"issued": "\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?"/, 'issued is str(datetime)');
    like($text, qr/"salt": "[0-9a-f]{32}"/, 'salt 32 hex');
    my $j = mpin_decode($hex);
    is_deeply([sort keys %$j], [qw(issued mobile salt userID)], 'keys (userID, not userId)');
    my @parts = split /, "/, $text;
    is(scalar @parts, 4, '", " between the four members');
};

subtest 'B1 forceActivate answers: true, false, {}, empty 200, empty 204' => sub {
    my @cases = (
        [{ body => '{"forceActivate": true}' }, JSON::PP::true, 'true'],
        [{ body => '{"forceActivate": 1}' }, JSON::PP::true, '1 (truthy)'],
        [{ body => '{"forceActivate": false}' }, JSON::PP::false, 'false'],
        [{ body => '{}' }, JSON::PP::false, '{}'],
        [{ body => '{"forceActivate": null}' }, JSON::PP::false, 'null'],
        [{ body => '' }, JSON::PP::false, 'empty 200'],
        [{ body => '', status => 204, ctype => 'none' }, JSON::PP::false, 'empty 204'],
        [{ body => '{"forceActivate": true}', status => 201 }, JSON::PP::true, '201 with a body'],
    );
    for my $c (@cases) {
        my ($res) = register_with({ userId => 'carol', mobile => 0 }, %{ $c->[0] });
        status_is($res, 200, undef, $c->[2]);
        is(jbody($res)->{active}, $c->[1], "$c->[2]: active");
    }
};

subtest 'B1 bad 2xx answers: non-JSON or non-object body -> 500, empty' => sub {
    for my $body ('garbage', '<html>ok</html>', '[1,2]', '"forceActivate"', 'true', 'null', ' ') {
        my ($res) = register_with({ userId => 'dave', mobile => 0 }, body => $body);
        status_is($res, 500, 'Internal Server Error', "RPA body '$body'");
        empty_body_ok($res, "RPA body '$body'");
    }
};

subtest 'B1 non-2xx answers: min(code, 500), empty body' => sub {
    for my $c ([403, 'Forbidden'], [400, 'Bad Request'], [401, 'Unauthorized'], [404, 'Not Found'],
               [410, 'Gone'], [418, "I'm a Teapot"], [500, 'Internal Server Error'],
               [502, 'Internal Server Error'], [503, 'Internal Server Error']) {
        my ($code, $reason) = @$c;
        my ($res) = register_with({ userId => 'erin', mobile => 0 }, status => $code, body => '{"forceActivate": true}');
        my $want = $code < 500 ? $code : 500;
        status_is($res, $want, undef, "RPA $code");
        empty_body_ok($res, "RPA $code");
        is($res->header('WWW-Authenticate'), 'Authenticate', 'WWW-Authenticate on 401') if $want == 401;
    }
};

subtest 'B1 unreachable RPA and timeout -> 500' => sub {
    my $timeout = dev(GET => '/config')->{callbackTimeoutSeconds};
    set_config(RPAVerifyUserURL => 'http://127.0.0.1:1/mpinVerify');
    my $res = req(PUT => '/rps/user', json_encode({ userId => 'fred', mobile => 0 }));
    status_is($res, 500, undef, 'connection refused');
    empty_body_ok($res, 'connection refused');
    like(last_callback()->{error}, qr/\S/, 'the callback log has the error');
    set_config(callbackTimeoutSeconds => 1);
    ($res) = register_with({ userId => 'fred', mobile => 0 }, delay => 3);
    status_is($res, 500, undef, 'RPA slower than the timeout');
    # that it gave up at its timeout, not after the RPA's answer, is what the
    # callback log says (a stopwatch would depend on how busy the machine is)
    is(last_callback()->{error}, 'Timeout', 'gave up at the timeout: logged as Timeout');
    reset_rps();
    is(dev(GET => '/config')->{callbackTimeoutSeconds}, $timeout, 'reset restores the timeout');
};

subtest 'B1 redirects are followed (302 -> GET, 307 keeps POST)' => sub {
    my $target_tag = uniq_tag();
    my ($res, $cb) = register_with({ userId => 'gina', mobile => 0 }, status => 302,
        location => fake_rpa(tag => $target_tag));
    status_is($res, 200, undef, '302 then 200');
    is(jbody($res)->{active}, JSON::PP::true, 'answer of the redirect target used');
    is(scalar @{ $cb->{hops} }, 2, 'two hops');
    is($cb->{hops}[1]{method}, 'GET', '302: second hop is a GET');
    ($res, $cb) = register_with({ userId => 'gina', mobile => 0 }, status => 307, location => fake_rpa(tag => $target_tag));
    is($cb->{hops}[1]{method}, 'POST', '307: second hop stays POST');
  SKIP: {
        skip 'fake-rpa CGI log not available', 2 unless fake_rpa_log_available();
        my @seen = fake_rpa_log($target_tag);
        is($seen[-1]{method}, 'POST', 'CGI: 307 target got a POST');
        like($seen[-1]{body}, qr/"userId": "gina"/, 'CGI: with the body');
    }
};

subtest 'PUT /rps/user 400s: INVALID JSON / INVALID USERID' => sub {
    set_config(RPAVerifyUserURL => fake_rpa());
    dev(DELETE => '/callbacks');
    for my $c (['not json', 'BAD REQUEST. INVALID JSON'], ['', 'BAD REQUEST. INVALID JSON'],
               ['[]', 'BAD REQUEST. INVALID JSON'],
               ['{"userId": "x", "mobile": "one"}', 'BAD REQUEST. INVALID JSON'],
               ['{"mobile": 0}', 'BAD REQUEST. INVALID USERID'], ['{"userId": ""}', 'BAD REQUEST. INVALID USERID'],
               ['{"userId": null}', 'BAD REQUEST. INVALID USERID'], ['{"userId": 42}', 'BAD REQUEST. INVALID USERID'],
               ['{"userid": "x"}', 'BAD REQUEST. INVALID USERID']) {
        my $res = req(PUT => '/rps/user', $c->[0]);
        status_is($res, 400, $c->[1], "body '$c->[0]'");
        empty_body_ok($res, "body '$c->[0]'");
    }
    is(scalar @{ callbacks() }, 0, 'no verify call for a bad request');
    my $res = req(PUT => '/rps/user', '{"userId": "x", "mobile": "1"}');
    is($res->code, 200, 'mobile "1" is int()-able');
    is(mpin_decode(jbody($res)->{mpinId})->{mobile}, 1, 'mobile 1');
    is(req(POST => '/rps/user', '{"userId": "x"}')->code, 405, 'POST /rps/user is 405');
};

subtest 'PUT /rps/user without RPAVerifyUserURL' => sub {
    set_config(RPAVerifyUserURL => '');
    my $res = req(PUT => '/rps/user', '{"userId": "hank", "mobile": 0}');
    status_is($res, 400, 'RPAVerifyUserURL option not set.');
    empty_body_ok($res);
};

subtest 'deviceName, userData and forwarded headers reach the RPA' => sub {
    set_config(RegisterForwardUserHeaders => 'Cookie, X-Custom');
    my ($res, $cb, $tag) = register_with({ userId => 'ivy', mobile => 0, deviceName => 'my phone',
        userData => { plan => 'gold', n => 1 } });
    my $sent = json_decode($cb->{body});
    is($sent->{deviceName}, 'my phone', 'deviceName');
    is_deeply($sent->{userData}, { plan => 'gold', n => 1 }, 'userData object as sent');
    # Headers come from the client's request: send one through the RPS.
    $tag = uniq_tag();
    set_config(RPAVerifyUserURL => fake_rpa(tag => $tag));
    dev(DELETE => '/callbacks');
    req(PUT => '/rps/user', '{"userId": "ivy"}', Cookie => 'sid=42', 'X-Custom' => 'yes', 'X-Other' => 'no');
    my %h = map { lc($_) => last_callback()->{headers}{$_} } keys %{ last_callback()->{headers} };
    is($h{cookie}, 'sid=42', 'Cookie forwarded');
    is($h{'x-custom'}, 'yes', 'X-Custom forwarded');
    ok(!exists $h{'x-other'}, 'unlisted header not forwarded');
  SKIP: {
        skip 'fake-rpa CGI log not available', 1 unless fake_rpa_log_available();
        is((fake_rpa_log($tag))[-1]{headers}{HTTP_COOKIE}, 'sid=42', 'CGI: HTTP_COOKIE');
    }
    reset_rps();
};

subtest 'RPS-BASE-URL follows Host and X-Forwarded-Proto / X-Scheme' => sub {
    set_config(RPAVerifyUserURL => fake_rpa());
    my $base = sub { my %h = map { lc($_) => last_callback()->{headers}{$_} } keys %{ last_callback()->{headers} };
        return $h{'rps-base-url'} };
    req(PUT => '/rps/user', '{"userId": "jo"}', Host => 'rps.example:8443', 'X-Forwarded-Proto' => 'https');
    is($base->(), 'https://rps.example:8443', 'X-Forwarded-Proto https + Host');
    req(PUT => '/rps/user', '{"userId": "jo"}', 'X-Scheme' => 'https', 'X-Forwarded-Proto' => 'http');
    like($base->(), qr{^https://}, 'X-Scheme wins');
    req(PUT => '/rps/user', '{"userId": "jo"}', 'X-Forwarded-Proto' => 'gopher');
    like($base->(), qr{^http://}, 'other schemes ignored');
};

subtest 'resend: PUT /rps/user/<mpinId> with the regOTT' => sub {
    my ($res, $cb) = register_with({ userId => 'kate', mobile => 0 }, body => '{"forceActivate": false}');
    my $first = jbody($res);
    my $key1 = json_decode($cb->{body})->{activateKey};
    dev(DELETE => '/callbacks');
    $res = req(PUT => "/rps/user/$first->{mpinId}", json_encode({ userId => 'kate', mobile => 0, regOTT => $first->{regOTT} }));
    status_is($res, 200, undef, 'resend');
    my $second = jbody($res);
    is($second->{mpinId}, $first->{mpinId}, 'same mpinId');
    is($second->{regOTT}, $first->{regOTT}, 'same regOTT');
    my $sent = json_decode(last_callback()->{body});
    like(last_callback()->{body}, qr/"resend": true/, 'resend: true');
    is($sent->{activateKey}, $key1, 'same activateKey');
    $res = req(PUT => "/rps/user/$first->{mpinId}", json_encode({ userId => 'kate', mobile => 0, regOTT => 'ab' x 16 }));
    status_is($res, 400, 'BAD REQUEST. INVALID REGOTT', 'wrong regOTT');
    empty_body_ok($res, 'wrong regOTT');
    status_is(req(PUT => "/rps/user/$first->{mpinId}", json_encode({ userId => 'kate' })), 400,
        'BAD REQUEST. INVALID REGOTT', 'missing regOTT');
    my $unknown = unpack 'H*', '{"userID": "nobody"}';
    $res = req(PUT => "/rps/user/$unknown", json_encode({ userId => 'kate', regOTT => $first->{regOTT} }));
    status_is($res, 200, undef, 'unknown mpinId: fresh registration');
    isnt(jbody($res)->{mpinId}, $unknown, 'new mpinId');
    isnt(jbody($res)->{regOTT}, $first->{regOTT}, 'new regOTT');
    like(last_callback()->{body}, qr/"resend": false/, 'resend: false');
    $res = req(PUT => "/rps/user/", json_encode({ userId => 'kate' }));
    is($res->code, 200, 'PUT /rps/user/ (empty mpinId) registers');
};

subtest 'a failed resend drops the pending registration (as the RPS does)' => sub {
    my ($res) = register_with({ userId => 'lena' }, body => '');
    my $r = jbody($res);
    set_config(RPAVerifyUserURL => fake_rpa(status => 403));
    is(req(PUT => "/rps/user/$r->{mpinId}", json_encode({ userId => 'lena', regOTT => $r->{regOTT} }))->code, 403,
        'resend refused by the RPA');
    status_is(jreq(POST => "/user/$r->{mpinId}", { activateKey => 'x' }), 401, 'M-Pin ID not found.',
        'registration gone');
};

subtest 'A3 activation: POST /user/<mpinId>, then /rps/signature' => sub {
    my ($res, $cb) = register_with({ userId => 'mia', mobile => 0 }, body => '{"forceActivate": false}');
    my $r = jbody($res);
    my $key = json_decode($cb->{body})->{activateKey};
    is($r->{active}, JSON::PP::false, 'pending');
    my $sig = req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}");
    status_is($sig, 401, 'M-PinID not active.', 'signature before activation');
    empty_body_ok($sig, 'signature before activation');
    is($sig->header('WWW-Authenticate'), 'Authenticate', 'WWW-Authenticate');
    my $act = req(POST => "/user/$r->{mpinId}", json_encode({ activateKey => 'wrong' }));
    status_is($act, 200, undef, 'a wrong key is stored without a check');
    empty_body_ok($act, 'activation');
    status_is(req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}"), 401, 'M-PinID not active.',
        'wrong key: still not active');
    $act = req(POST => "/user/$r->{mpinId}", json_encode({ activateKey => $key }), 'Content-Type' => 'text/plain');
    status_is($act, 200, undef, 'right key (any Content-Type)');
    $sig = req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}");
    status_is($sig, 200, undef, 'signature after activation');
    my $j = json_reply_ok($sig);
    like($j->{clientSecretShare}, qr/^04[0-9a-f]{128}$/, 'clientSecretShare: a BN254CX G1 point (65 bytes hex)');
    like($j->{params}, qr/^mpin_id=\Q$r->{mpinId}\E&mobile=0&expires=[^&]+&signature=[0-9a-f]{64}$/, 'params');
    status_is(req(POST => "/user/$r->{mpinId}", json_encode({ activateKey => $key })), 401, 'M-Pin ID not found.',
        'activation after the registration was consumed');
    status_is(req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}"), 400, 'M-Pin ID not found.',
        'signature is single use');
};

subtest 'A3 activation after the registration expired' => sub {
    set_config(VerifyUserExpireSeconds => 1);
    my ($res, $cb) = register_with({ userId => 'nick' }, body => '');
    my $r = jbody($res);
    like(json_decode($cb->{body})->{expireTime}, qr/Z$/, 'expireTime sent');
    sleep 1.3;
    status_is(jreq(POST => "/user/$r->{mpinId}", { activateKey => json_decode($cb->{body})->{activateKey} }), 401,
        'M-Pin ID not found.', 'expired');
    set_config(VerifyUserExpireSeconds => 3600);
    ($res) = register_with({ userId => 'nick' }, body => '');
    $r = jbody($res);
    dev(POST => '/expire', { mpinId => $r->{mpinId} });
    status_is(jreq(POST => "/user/$r->{mpinId}", { activateKey => 'x' }), 401, 'M-Pin ID not found.',
        '/__dev/expire of a registration');
};

subtest 'GET /rps/signature errors' => sub {
    my ($res) = register_with({ userId => 'olga' });
    my $r = jbody($res);
    my $sig = req(GET => "/rps/signature/$r->{mpinId}");
    status_is($sig, 400, 'Bad Request', 'missing regOTT');
    is_deeply(jbody($sig), { version => '0.3', message => 'Bad Request' }, 'missing regOTT: Tornado error body');
    status_is(req(GET => "/rps/signature/$r->{mpinId}?regOTT=" . ('0' x 32)), 400, 'M-Pin ID not found.', 'wrong regOTT');
    status_is(req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}"), 400, 'M-Pin ID not found.',
        'a wrong regOTT burnt the registration');
    status_is(req(GET => '/rps/signature/' . unpack('H*', '{"userID": "x"}') . '?regOTT=' . ('0' x 32)), 400,
        'M-Pin ID not found.', 'unknown mpinId');
    status_is(req(GET => '/rps/signature/abc?regOTT=x'), 500, undef, 'mpinId that is not hex JSON');
};

subtest 'fake D-TA: /fake-cloud/clientSecret checks the signed params' => sub {
    my $r = register_with_default('pat');
    my $j = jbody(req(GET => "/rps/signature/$r->{mpinId}?regOTT=$r->{regOTT}"));
    my $cs = req(GET => "/fake-cloud/clientSecret?$j->{params}");
    status_is($cs, 200, undef, 'good params');
    like(jbody($cs)->{clientSecret}, qr/^04[0-9a-f]{128}$/, 'clientSecret (share 2): a G1 point');
    isnt(jbody($cs)->{clientSecret}, $j->{clientSecretShare}, 'share 2 differs from share 1 (two master-secret shares)');
    (my $tampered = $j->{params}) =~ s/mobile=0/mobile=1/;
    status_is(req(GET => "/fake-cloud/clientSecret?$tampered"), 401, undef, 'tampered params');
    (my $badsig = $j->{params}) =~ s/signature=[0-9a-f]{4}/signature=0000/;
    status_is(req(GET => "/fake-cloud/clientSecret?$badsig"), 401, undef, 'bad signature');
    status_is(req(GET => '/fake-cloud/clientSecret'), 401, undef, 'no params');
};

subtest 'verify callbacks are logged (GET /__dev/callbacks)' => sub {
    dev(DELETE => '/callbacks');
    register_with({ userId => 'quinn' }, body => '{"forceActivate": true}');
    my $cbs = callbacks();
    is(scalar @$cbs, 1, 'one callback');
    my $c = $cbs->[0];
    is($c->{kind}, 'verify', 'kind');
    is($c->{status}, 200, 'status');
    is($c->{responseBody}, '{"forceActivate": true}', 'response body');
    ok(!defined $c->{error}, 'no error');
    like($c->{url}, qr/^http/, 'url');
};

sub register_with_default {
    my ($user) = @_;
    set_config(RPAVerifyUserURL => fake_rpa());
    return register_user($user);
}
