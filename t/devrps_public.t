# Development RPS, public endpoints: clientSettings (spec 5, C1), time permits
# and the permit callback (spec 3, B2), pass1/pass2 with the real M-Pin
# check (C2; the client side is devrps/t/mpin-client.js), setupDone, the fake
# D-TA storage, and the mobile flow (C3, 7).
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use MpinTest qw(in_child);
use Digest::SHA qw(sha256_hex);
use Time::HiRes qw(sleep time);

plan skip_all => 'MPIN_DEVRPS_URL is not set' unless rps_url();
plan tests => 17;
Test::More->builder->failure_output(\*STDERR);

reset_rps();

my @SETTINGS_FIELDS = qw(certivoxURL signatureURL registerURL timePermitsURL timePermitsStorageURL setupDoneURL
    mpinAuthServerURL authenticateURL mobileAuthenticateURL setDeviceName accessNumberUseCheckSum appID requestOTP
    seedValue useWebSocket accessNumberDigits cSum useNFC accessNumberURL getAccessNumberURL);

sub settings_for_base {
    my ($B, $base) = @_;
    return (certivoxURL => "$base/fake-cloud/", signatureURL => "$B/signature", registerURL => "$B/user",
        timePermitsURL => "$B/timePermit", timePermitsStorageURL => "$base/fake-storage",
        setupDoneURL => "$B/setupDone", mpinAuthServerURL => $B, mobileAuthenticateURL => "$B/authenticate",
        accessNumberURL => "$B/access", getAccessNumberURL => "$B/getAccessNumber");
}

subtest 'C1 clientSettings with relative URLs (rpsBaseURL "")' => sub {
    set_config(rpsBaseURL => '');
    my $res = req(GET => '/rps/clientSettings', undef, Origin => 'http://pinpad.example');
    status_is($res, 200, 'OK');
    is($res->header('Cache-Control'), 'no-cache, no-store, max-age=0, must-revalidate', 'Cache-Control');
    is($res->header('Pragma'), 'no-cache', 'Pragma');
    is($res->header('Expires'), 'Sat, 26 Jul 1997 05:00:00 GMT', 'Expires');
    cors_ok($res, undef, '*');
    my $j = json_reply_ok($res);
    is_deeply([sort keys %$j], [sort @SETTINGS_FIELDS], 'exactly the fields of spec 5');
    my %want = settings_for_base('/rps', '');
    is($j->{$_}, $want{$_}, "$_ = $want{$_}") for sort keys %want;
    is($j->{authenticateURL}, '/mpinAuthenticate', 'authenticateURL = RPAAuthenticateUserURL');
    is($j->{$_}, JSON::PP::false, "$_ false") for qw(setDeviceName requestOTP useWebSocket useNFC);
    is($j->{accessNumberUseCheckSum}, JSON::PP::true, 'accessNumberUseCheckSum true');
    is($j->{accessNumberDigits}, 7, 'accessNumberDigits 7 (checksum)');
    is($j->{cSum}, 1, 'cSum 1');
    ok(is_hex($j->{appID}, 32), 'appID 32 hex');
    ok(is_hex($j->{seedValue}, 200), 'seedValue 200 hex');
    unlike($res->content, qr{//rps}, 'no //rps');
};

subtest 'C1 seedValue is fresh on every call, appID is stable' => sub {
    my %seen;
    my %app;
    for (1 .. 5) {
        my $j = jbody(req(GET => '/rps/clientSettings'));
        $seen{ $j->{seedValue} }++;
        $app{ $j->{appID} }++;
    }
    is(scalar keys %seen, 5, 'five different seedValues');
    is(scalar keys %app, 1, 'one appID');
};

subtest 'C1 clientSettings with an absolute rpsBaseURL (trailing slash stripped)' => sub {
    my $cfg = set_config(rpsBaseURL => 'http://127.0.0.1:8011/');
    is($cfg->{rpsBaseURL}, 'http://127.0.0.1:8011', 'config keeps no trailing slash');
    my $res = req(GET => '/rps/clientSettings');
    my $j = jbody($res);
    my %want = settings_for_base('http://127.0.0.1:8011/rps', 'http://127.0.0.1:8011');
    is($j->{$_}, $want{$_}, "$_ = $want{$_}") for sort keys %want;
    unlike($res->content, qr{8011//}, 'no //rps');
    set_config(rpsBaseURL => 'https://rps.example.com//', RPAAuthenticateUserURL => 'https://rpa.example/mpinAuthenticate');
    $j = jbody(req(GET => '/rps/clientSettings'));
    is($j->{registerURL}, 'https://rps.example.com/rps/user', 'several trailing slashes stripped');
    is($j->{authenticateURL}, 'https://rpa.example/mpinAuthenticate', 'authenticateURL verbatim');
    reset_rps();
};

subtest 'C1 optional fields: requestOTP, mobileUseNative, checksum off' => sub {
    set_config(rpsBaseURL => '', requestOTP => JSON::PP::true, mobileUseNative => JSON::PP::true, accessNumberUseCheckSum => JSON::PP::false,
        setDeviceName => JSON::PP::true, useNFC => JSON::PP::true);
    my $j = jbody(req(GET => '/rps/clientSettings'));
    ok(!exists $j->{accessNumberURL} && !exists $j->{getAccessNumberURL}, 'requestOTP: no access-number URLs');
    is($j->{requestOTP}, JSON::PP::true, 'requestOTP true');
    is($j->{getQrUrl}, '/rps/getQrUrl', 'getQrUrl');
    is($j->{codeStatusURL}, '/rps/codeStatus', 'codeStatusURL');
    is($j->{accessNumberDigits}, 6, '6 digits without checksum');
    is($j->{setDeviceName}, JSON::PP::true, 'setDeviceName');
    is($j->{useNFC}, JSON::PP::true, 'useNFC');
    is(req(POST => '/rps/clientSettings')->code, 405, 'POST is 405');
    reset_rps();
};

subtest 'GET /rps/timePermit without a permit URL' => sub {
    my $mp = unpack 'H*', '{"mobile": 0, "issued": "2016-03-15 13:42:36.947038", "userID": "tp", "salt": "00"}';
    set_config(RPAPermitUserURL => '');
    dev(DELETE => '/callbacks');
    my $res = req(GET => "/rps/timePermit/$mp");
    status_is($res, 200, 'OK');
    is($res->header('Cache-Control'), 'no-cache', 'Cache-Control: no-cache');
    my $j = json_reply_ok($res);
    is_deeply([sort keys %$j], [sort qw(date signature storageId message timePermit version)], 'fields');
    my $today = int(time / 86400);
    ok($j->{date} == $today || $j->{date} == $today - 1, 'date = days since the epoch');
    is($j->{storageId}, sha256_hex(pack 'H*', $mp), 'storageId = sha256 of the mpinId bytes');
    is($j->{message}, 'M-Pin Time Permit Generated', 'message');
    is($j->{version}, '0.3', 'version');
    ok(is_hex($j->{signature}, 64), 'signature 64 hex');
    like($j->{timePermit}, qr/^04[0-9a-f]{128}$/, 'timePermit (share 1): a BN254CX G1 point');
    is(scalar @{ callbacks() }, 0, 'no permit call');
    my $store = req(GET => '/fake-storage/' . jbody(req(GET => '/rps/clientSettings'))->{appID}
        . "/$j->{date}/$j->{storageId}");
    status_is($store, 200, undef, 'time permit share 2 from the fake storage');
    like($store->content, qr/^04[0-9a-f]{128}$/, 'raw hex text: a G1 point');
    isnt($store->content, $j->{timePermit}, 'share 2 differs from share 1');
    is(jbody(req(GET => "/fake-cloud/timePermit?hash_mpin_id=$j->{storageId}"))->{timePermit}, $store->content,
        'the same share 2 from the fake D-TA (certivoxURL timePermit)');
    is(req(GET => "/fake-storage/0000/$j->{date}/$j->{storageId}")->code, 404, 'wrong appID: 404');
    status_is(req(GET => '/rps/timePermit/abc'), 500, undef, 'odd-length hex mpinId');
};

subtest 'B2 permit callback: GET <url>?mpin_id=<hex>, 200 permits' => sub {
    my $tag = uniq_tag();
    set_config(RPAPermitUserURL => fake_rpa(tag => $tag));
    dev(DELETE => '/callbacks');
    my $mp = unpack 'H*', '{"userID": "permit-me"}';
    my $res = req(GET => "/rps/timePermit/$mp");
    status_is($res, 200, undef, 'permitted');
    is(jbody($res)->{message}, 'M-Pin Time Permit Generated', 'time permit body');
    my $cb = last_callback();
    is($cb->{kind}, 'permit', 'kind permit');
    is($cb->{method}, 'GET', 'GET');
    is($cb->{url}, fake_rpa(tag => $tag) . "&mpin_id=$mp", '&mpin_id= appended to a URL with a query');
    ok(!defined $cb->{body}, 'no body');
  SKIP: {
        skip 'fake-rpa CGI log not available', 3 unless fake_rpa_log_available();
        my @seen = fake_rpa_log($tag);
        is(scalar @seen, 1, 'CGI: one request');
        is($seen[0]{method}, 'GET', 'CGI: GET');
        like($seen[0]{query}, qr/(^|&)mpin_id=\Q$mp\E(&|$)/, 'CGI: mpin_id in the query');
    }
    (my $plain = fake_rpa()) =~ s/\?.*//;
    set_config(RPAPermitUserURL => $plain);
    req(GET => "/rps/timePermit/$mp");
    is(last_callback()->{url}, "$plain?mpin_id=$mp", '?mpin_id= on a URL without a query');
};

subtest 'B2 permit refused: the RPA status goes to the client' => sub {
    my $mp = unpack 'H*', '{"userID": "revoked"}';
    for my $c ([403, 'Forbidden'], [401, 'Unauthorized'], [410, 'Gone'], [404, 'Not Found'],
               [500, 'Internal Server Error'], [503, 'Service Unavailable']) {
        set_config(RPAPermitUserURL => fake_rpa(status => $c->[0], body => ''));
        my $res = req(GET => "/rps/timePermit/$mp");
        status_is($res, $c->[0], $c->[1], "RPA $c->[0]");
        is_deeply(jbody($res), { version => '0.3', message => $c->[1] }, "RPA $c->[0]: Tornado error body");
    }
    set_config(RPAPermitUserURL => fake_rpa(status => 204, body => '', ctype => 'none'));
    is(req(GET => "/rps/timePermit/$mp")->code, 204, 'only exactly 200 permits (204 is passed on)');
    set_config(RPAPermitUserURL => 'http://127.0.0.1:1/permit');
    status_is(req(GET => "/rps/timePermit/$mp"), 500, undef, 'unreachable RPA');
    reset_rps();
};

subtest 'POST /rps/setupDone/<mpinId>' => sub {
    my $res = req(POST => '/rps/setupDone/' . unpack('H*', '{"userID": "x"}'));
    status_is($res, 200, 'OK');
    empty_body_ok($res);
    is(req(GET => '/rps/setupDone/abcd')->code, 405, 'GET is 405');
};

# The full M-Pin flow, as the browser PIN pad does it.
set_config(RPAVerifyUserURL => fake_rpa());
my $REG = register_user('pin-user@example.com');
my $ID = activate_identity($REG);
my $TOKEN = pin_token($ID, '1234');

subtest 'M-Pin client secret = share 1 + share 2; token = client secret - PIN.H(ID)' => sub {
    like($ID->{clientSecret}, qr/^04[0-9a-f]{128}$/, 'client secret: a G1 point');
    ok($ID->{clientSecret} ne $ID->{share1} && $ID->{clientSecret} ne $ID->{share2}, 'neither share alone');
    like($TOKEN, qr/^04[0-9a-f]{128}$/, 'token: a G1 point');
    isnt($TOKEN, $ID->{clientSecret}, 'the PIN is taken out');
    isnt(pin_token($ID, '1235'), $TOKEN, 'another PIN, another token');
    my $other = activate_identity(register_user('pin-other@example.com'));
    isnt($other->{clientSecret}, $ID->{clientSecret}, 'client secrets differ per identity');
};

subtest 'right PIN -> /authenticate 200' => sub {
    my $p2 = pin_login($ID, $TOKEN, '1234');
    is_deeply([sort keys %$p2], [qw(authOTT pass version)], 'pass2 reply fields');
    is($p2->{version}, '0.3', 'version');
    is($p2->{pass}, 2, 'pass 2');
    ok(is_hex($p2->{authOTT}, 32), 'authOTT 32 hex');
    my $res = authenticate($p2->{authOTT});
    status_is($res, 200, 'Authentication successful');
    is_deeply(jbody($res), { userId => 'pin-user@example.com', mpinId => $ID->{mpinId}, status => 200,
        message => 'Authentication successful' }, 'body');
    my $otp = pin_login($ID, $TOKEN, '1234', otp => 1);
    like($otp->{OTP}, qr/^\d{6}$/, 'OTP requested: 6 digits in pass2');
    is(jbody(authenticate($otp->{authOTT}))->{OTP}, $otp->{OTP}, 'and in /authenticate');
};

subtest 'wrong PIN -> 401, third failure -> 410, sticky' => sub {
    my @codes = map { authenticate(pin_login($ID, $TOKEN, $_)->{authOTT})->code } qw(0000 1111 2222);
    is_deeply(\@codes, [401, 401, 410], 'wrong PIN x3: 401 401 410');
    my $res = authenticate(pin_login($ID, $TOKEN, '1234')->{authOTT});
    status_is($res, 410, 'Wrong PIN.', 'right PIN afterwards');
    is(jbody($res)->{userId}, 'pin-user@example.com', 'userId filled');
};

subtest 'pass2 rules: y is single use, V is checked, no pass1 -> wrong PIN' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa());
    my $id = activate_identity(register_user('pass-rules'));
    my $token = pin_token($id, '9999');
    my $c1 = pin_pass1($id, $token, '9999');
    is_deeply([sort keys %{ $c1->{request} }], [qw(U UT dtas mpin_id pass)], 'pass1 body fields (mpinjs)');
    like($c1->{request}{$_}, qr/^04[0-9a-f]{128}$/, "pass1 $_: a G1 point") for qw(U UT);
    my $p1 = jbody(req(POST => '/rps/pass1', $c1->{request}));
    is_deeply([sort keys %$p1], [qw(message pass version y)], 'pass1 reply fields');
    is($p1->{message}, 'OK', 'message OK');
    is($p1->{pass}, 1, 'pass 1');
    ok(is_hex($p1->{y}, 64), 'y is 64 hex');
    my $p2 = pin_pass2($c1->{state}, $p1->{y});
    is_deeply([sort keys %$p2], [qw(OTP V WID mpin_id pass)], 'pass2 body fields (mpinjs)');
    like($p2->{V}, qr/^04[0-9a-f]{128}$/, 'V: a G1 point');
    my $first = jbody(req(POST => '/rps/pass2', $p2));
    is(authenticate($first->{authOTT})->code, 200, 'V right');
    my $replay = req(POST => '/rps/pass2', $p2);
    status_is($replay, 200, 'OK', 'pass2 replay still answers 200');
    is(authenticate(jbody($replay)->{authOTT})->code, 401, 'but y was consumed: wrong PIN');
    req(POST => '/rps/pass1', $c1->{request});
    is(authenticate(jbody(req(POST => '/rps/pass2', $p2))->{authOTT})->code, 401,
        'the same U, UT replayed in pass1 and the old V: a new y, wrong PIN');
    is(authenticate(jbody(req(POST => '/rps/pass2', $p2))->{authOTT})->code, 410,
        'no pass1 at all: wrong PIN (the third failure: 410)');
};

subtest 'pass1 / pass2 with garbage points: a failed login, not an error' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa());
    my $id = activate_identity(register_user('garbage-points'));
    my $p1 = req(POST => '/rps/pass1', { mpin_id => $id->{mpinId}, dtas => '', UT => '04ab', U => 'zz', pass => 1 });
    status_is($p1, 200, 'OK', 'pass1 takes any U, UT');
    my $p2 = req(POST => '/rps/pass2', { V => '04' . ('00' x 64), OTP => JSON::PP::false, WID => '0', pass => 2,
        mpin_id => $id->{mpinId} });
    status_is($p2, 200, 'OK', 'pass2 still answers 200');
    status_is(authenticate(jbody($p2)->{authOTT}), 401, 'Wrong PIN.', '/authenticate: wrong PIN');
};

subtest 'pass1 / pass2 400s' => sub {
    my $mp = $ID->{mpinId};
    for my $path ('/rps/pass1', '/rps/pass2') {
        my $res = req(POST => $path, 'nope');
        status_is($res, 400, 'BAD REQUEST. INVALID JSON', "$path bad JSON");
        empty_body_ok($res, "$path bad JSON");
        status_is(req(POST => $path, '{}'), 400, 'BAD REQUEST. INVALID DATA', "$path {}");
        status_is(req(POST => $path, { mpin_id => 'xyz', UT => '', U => '', V => '', WID => '0', OTP => 0 }), 400,
            'BAD REQUEST. INVALID DATA', "$path non-hex mpin_id");
    }
    status_is(req(POST => '/rps/pass1', { mpin_id => $mp, U => '04' }), 400, 'BAD REQUEST. INVALID DATA', 'pass1 without UT');
    status_is(req(POST => '/rps/pass2', { mpin_id => $mp, V => 'ab', WID => '0' }), 400, 'BAD REQUEST. INVALID DATA',
        'pass2 without OTP');
    is(req(GET => '/rps/pass1')->code, 405, 'GET pass1 is 405');
};

subtest 'C3 getAccessNumber and access polling' => sub {
    my $res = req(POST => '/rps/getAccessNumber', '');
    status_is($res, 200, undef, 'getAccessNumber');
    my $a = json_reply_ok($res);
    is_deeply([sort keys %$a], [sort qw(ttlSeconds accessNumber webOTT localTimeStart localTimeEnd)], 'fields');
    like($a->{accessNumber}, qr/^\d{7}$/, '7-digit access number');
    my @d = split //, $a->{accessNumber};
    my $sum = 0;
    $sum += $d[$_] * (7 - $_) for 0 .. 5;
    is((11 - $sum % 11) % 11, $d[6], 'checksum digit');
    is($a->{ttlSeconds}, 300, 'ttlSeconds');
    is($a->{localTimeEnd} - $a->{localTimeStart}, 300_000, 'localTimeEnd - localTimeStart in ms');
    ok(is_hex($a->{webOTT}, 32), 'webOTT 32 hex');
    is_deeply(jbody(req(POST => '/rps/access', { webOTT => $a->{webOTT} })),
        { status => 'new', statusCode => 0, userId => '', redirectURL => '', authOTT => '' }, 'status new');
    is(jbody(req(POST => '/rps/access', { webOTT => 'ff' x 16 }))->{status}, 'expired', 'unknown webOTT: expired');
    status_is(req(POST => '/rps/access', 'x'), 400, 'BAD REQUEST. INVALID JSON', 'access bad JSON');
};

subtest 'C3 / 7 mobile login: phone /rps/authenticate waits for the RPA' => sub {
    for my $wait (0, 1) {
        reset_rps();
        set_config(RPAVerifyUserURL => fake_rpa(), waitForLoginResult => ($wait ? JSON::PP::true : JSON::PP::false));
        my $id = activate_identity(register_user('phone-user'));
        my $token = pin_token($id, '4321');
        my $a = jbody(req(POST => '/rps/getAccessNumber'));
        my $p2 = pin_login($id, $token, '4321', wid => $a->{accessNumber});
        my $st = jbody(req(POST => '/rps/access', { webOTT => $a->{webOTT} }));
        is($st->{status}, 'user', "wait=$wait: after pass2: user");
        is($st->{userId}, 'phone-user', "wait=$wait: userId");
        my $phone_child = in_child(sub {
            my $r = req(POST => '/rps/authenticate', { mpinResponse => { authOTT => $p2->{authOTT} } });
            return $r->code . ' ' . $r->content;
        });
        # until the phone's child got its request in (a deadline only for a
        # broken RPS: a busy machine may take seconds to run the child)
        my $auth;
        my $end = time + 60;
        while (time < $end) {
            $st = jbody(req(POST => '/rps/access', { webOTT => $a->{webOTT} }));
            if ($st->{status} eq 'authenticate') { $auth = $st->{authOTT}; last }
            sleep 0.1;
        }
        is($auth, $p2->{authOTT}, "wait=$wait: browser sees status authenticate with the authOTT");
        my $res = authenticate($auth, logoutData => { sessionToken => 'tok', userId => 'phone-user' });
        status_is($res, 200, 'Authentication successful', "wait=$wait: RPA /authenticate (mobile row)");
        if ($wait) {
            is(jreq(POST => '/loginResult', { authOTT => $auth, status => 200,
                logoutData => { sessionToken => 'tok2', userId => 'phone-user' } })->code, 200, '/loginResult');
        }
        my $phone = $phone_child->();
        my ($code, $body) = split / /, $phone, 2;
        is($code, 200, "wait=$wait: phone gets 200");
        is_deeply(json_decode($body), { logoutURL => '/logout',
            logoutData => { sessionToken => ($wait ? 'tok2' : 'tok'), userId => 'phone-user' } },
            "wait=$wait: phone gets logoutURL and logoutData");
    }
    my $res = req(POST => '/rps/authenticate', { mpinResponse => { authOTT => '00' x 16 } });
    status_is($res, 412, 'Invalid or expired access number', 'phone with an unknown authOTT');
    is_deeply(jbody($res), { message => 'Invalid or expired access number' }, '412 body');
    status_is(req(POST => '/rps/authenticate', '{"x": 1}'), 400, 'BAD REQUEST. INVALID DATA', 'no mpinResponse');
    status_is(req(POST => '/rps/authenticate', 'x'), 400, 'BAD REQUEST. INVALID JSON', 'bad JSON');
};

subtest 'C3 mobile login with a wrong PIN' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa());
    my $id = activate_identity(register_user('phone-bad'));
    my $a = jbody(req(POST => '/rps/getAccessNumber'));
    my $p2 = pin_login($id, pin_token($id, '1111'), '2222', wid => $a->{accessNumber});
    my $res = req(POST => '/rps/authenticate', { mpinResponse => { authOTT => $p2->{authOTT} } });
    status_is($res, 401, 'Wrong PIN.', 'phone: wrong PIN');
    is_deeply(jbody($res), { message => 'Wrong PIN.' }, 'body');
    status_is(authenticate($p2->{authOTT}), 401, 'Wrong PIN.', 'RPA /authenticate reports the recorded status');
};
