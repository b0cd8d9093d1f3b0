# Development RPS, the mobile endpoints besides those of devrps_public.t (getAccessNumber, access, the phone's
# /rps/authenticate in both waitForLoginResult modes): a phone's registration (mobile: 1 in the mpinId), the
# access number's lifetime (accessNumberExpireSeconds + accessNumberExtendValiditySeconds, then "expired"),
# a pass2 whose WID names no live access number (the phone then gets 412), the phone's 408 when the RPA never
# reports the login, the QR flow (getQrUrl, codeStatus) and mobileConfig. Real M-Pin proofs
# (devrps/t/mpin-client.js).
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest;
use Time::HiRes qw(sleep time);

plan skip_all => 'MPIN_DEVRPS_URL is not set' unless rps_url();
plan tests => 7;
Test::More->builder->failure_output(\*STDERR);

sub access_status { jbody(req(POST => '/rps/access', { webOTT => $_[0] })) || {} }

subtest 'a phone registers with mobile: 1, and its mpinId says so' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa());
    my $reg = register_user('phone-reg@example.com', mobile => 1);
    is(mpin_decode($reg->{mpinId})->{mobile}, 1, 'mpinId: "mobile": 1');
    is(mpin_decode($reg->{mpinId})->{userID}, 'phone-reg@example.com', 'mpinId: userID');
    my $cb = last_callback();
    my $sent = json_decode($cb ? $cb->{body} // '' : '') || {};
    is($sent->{mobile}, 1, 'the verify call to the RPA says mobile: 1') if $cb && $cb->{body};
    is(mpin_decode(register_user('desk-reg@example.com')->{mpinId})->{mobile}, 0, 'the PIN pad: mobile: 0');
};

subtest 'an access number lives accessNumberExpireSeconds + accessNumberExtendValiditySeconds' => sub {
    reset_rps();
    set_config(accessNumberExpireSeconds => 1, accessNumberExtendValiditySeconds => 1);
    my $a = jbody(req(POST => '/rps/getAccessNumber'));
    is($a->{ttlSeconds}, 1, 'ttlSeconds follows accessNumberExpireSeconds');
    is($a->{localTimeEnd} - $a->{localTimeStart}, 1000, 'localTimeEnd - localTimeStart');
    # Its end by the devrps's clock (this machine's: localTimeStart is its
    # Date.now()): the 2 s, then the 100 ms after which the devrps drops an
    # expired record (PURGE_DELAY_MS, devrps/lib/state.js).  A busy machine
    # may answer any request after that end, so each answer is judged by when
    # it was asked: "new" when answered before the end, "expired" when asked
    # after it; either in between.
    my $end_ms = $a->{localTimeStart} + 2000 + 100;
    my (@bad, @seen);
    my $deadline = time + 60;   # only a record that never expires takes that long
    my $st;
    do {
        sleep 0.2 if @seen;
        my $asked = time * 1000;
        $st = access_status($a->{webOTT})->{status} // '';
        my $answered = time * 1000;
        push @seen, $st;
        push @bad, sprintf('%s asked %+d ms from the end', $st, $asked - $end_ms)
            if ($answered < $end_ms && $st ne 'new') || ($asked > $end_ms && $st ne 'expired')
            || ($st ne 'new' && $st ne 'expired');
    } until $st ne 'new' || time > $deadline;
    is("@bad", '', 'new before its end, expired after it (' . scalar(@seen) . ' answers)');
    is($st, 'expired', 'then expired');
    is(access_status($a->{webOTT})->{statusCode}, 4, 'statusCode 4');
};

subtest 'a pass2 whose WID names no live access number: the phone gets 412' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa());
    my $id = activate_identity(register_user('phone-late@example.com', mobile => 1));
    my $p2 = pin_login($id, pin_token($id, '1357'), '1357', wid => '1234567');
    ok(is_hex($p2->{authOTT}, 32), 'pass2 answers 200 with an authOTT all the same');
    my $res = req(POST => '/rps/authenticate', { mpinResponse => { authOTT => $p2->{authOTT} } });
    status_is($res, 412, 'Invalid or expired access number', 'the phone: 412');
    is(authenticate($p2->{authOTT})->code, 408, 'the RPA: 408 (no such login)');
};

subtest 'waitForLoginResult and no /loginResult: the phone gets 408 after its wait' => sub {
    reset_rps();
    set_config(RPAVerifyUserURL => fake_rpa(), waitForLoginResult => JSON::PP::true);
    my $id = activate_identity(register_user('phone-wait@example.com', mobile => 1));
    my $a = jbody(req(POST => '/rps/getAccessNumber'));
    my $p2 = pin_login($id, pin_token($id, '2468'), '2468', wid => $a->{accessNumber});
    my $res = req(POST => '/rps/authenticate', { mpinResponse => { authOTT => $p2->{authOTT} } });
    status_is($res, 408, 'Authentication timed out', 'the phone: 408');
    is_deeply(jbody($res), { message => 'Authentication timed out' }, 'body');
    my $st = access_status($a->{webOTT});
    is($st->{status}, 'authenticate', 'the computer still sees authenticate');
    is($st->{authOTT}, $p2->{authOTT}, 'with the authOTT');
};

subtest 'POST /rps/getQrUrl: a QR flow record' => sub {
    reset_rps();
    set_config(rpsBaseURL => 'http://rps.example');
    my $res = req(POST => '/rps/getQrUrl');
    status_is($res, 200, undef, 'getQrUrl');
    my $q = json_reply_ok($res);
    is_deeply([sort keys %$q], [sort qw(ttlSeconds qrUrl webOTT localTimeStart localTimeEnd)], 'fields');
    like($q->{qrUrl}, qr{^http://rps\.example#[0-9a-f]{32}$}, 'qrUrl = rpsBaseURL#<wid>');
    ok(is_hex($q->{webOTT}, 32), 'webOTT');
    is(access_status($q->{webOTT})->{status}, 'new', 'its status: new');
};

subtest 'POST /rps/codeStatus: the native app reports wid and user' => sub {
    reset_rps();
    my $a = jbody(req(POST => '/rps/getAccessNumber'));
    status_is(req(POST => '/rps/codeStatus', { status => 'wid', wid => $a->{accessNumber} }), 200, 'OK', 'wid');
    is(access_status($a->{webOTT})->{status}, 'wid', 'the computer sees wid');
    is(access_status($a->{webOTT})->{statusCode}, 1, 'statusCode 1');
    req(POST => '/rps/codeStatus', { status => 'user', wId => $a->{accessNumber}, userId => 'qr@example.com' });
    my $st = access_status($a->{webOTT});
    is($st->{status}, 'user', 'then user');
    is($st->{userId}, 'qr@example.com', 'with the userId');
    status_is(req(POST => '/rps/codeStatus', 'x'), 400, 'BAD REQUEST. INVALID JSON', 'bad JSON');
    status_is(req(POST => '/rps/codeStatus', { wid => $a->{accessNumber} }), 400, 'BAD REQUEST. INVALID DATA',
        'no status');
    is(req(GET => '/rps/codeStatus')->code, 405, 'GET: 405');
};

subtest 'GET /rps/mobileConfig: no native configuration here' => sub {
    status_is(req(GET => '/rps/mobileConfig'), 403, 'No config is available', 'mobileConfig');
    is(req(POST => '/rps/getAccessNumber', undef, Origin => 'http://site.example')
        ->header('Access-Control-Allow-Origin'), '*', 'getAccessNumber: CORS as configured (allowOrigin *)');
    reset_rps();
};
