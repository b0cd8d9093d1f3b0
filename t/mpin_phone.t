# Signing a computer in with the phone (the access-number flow), as the
# module sees it, in both RPS modes (waitForLoginResult true and false):
# the phone registers an identity (mobile: 1) and signs in with real M-Pin
# proofs whose WID is the access number (devrps/t/mpin-client.js), the
# computer polls /rps/access through the module's proxy and posts the authOTT
# to /mpinAuthenticate.  The module sends logoutURL and logoutData with its
# POST /authenticate (as Milagro's demo RPA does), so that the phone gets them
# in both modes; the session records the method "mobile"; the phone's logout
# POST ends exactly that session, and a replayed or forged one gets 4xx.
# An httpd of its own with one child process: MpinRpsLoginResult Auto's
# memory of the 404s seen with waitForLoginResult false stays here.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Apache::Test qw(-withtestmore);
use DevRPSTest qw(req jbody register_user activate_identity pin_token pin_login);
use MpinTest qw(http devrps_reset devrps_config devrps_clear_log devrps_requests json_decode json_encode
                cookie_from login_as devrps_mint in_child);
use MpinServer qw(login_at config_test xhr_headers);
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);

plan tests => 7;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $srv = MpinServer->start(secret => 'phone-test-secret-0123456789abcdef', one_process => 1, conf => <<'CONF');
<Location /mobile-only>
    AuthType MPin
    Require mpin-method mobile
    AuthzSendForbiddenOnFailure On
    SetHandler mpin-page
    MpinPageTemplate protected.html
</Location>
<Location /pinpad-only>
    AuthType MPin
    Require mpin-method pinpad
    AuthzSendForbiddenOnFailure On
    SetHandler mpin-page
    MpinPageTemplate protected.html
</Location>
<Location /elsewhere/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinMobileLogoutURL https://www.example.com/phone-logout
</Location>
CONF

my $PIN = '4321';

sub page_code {
    my ($path, $cookie) = @_;
    return http(GET => $srv->url($path), undef, Cookie => "mpin_session=$cookie", xhr_headers())->code;
}

# The phone's side in a child process (its /rps/authenticate waits for the
# computer); the parent plays the computer.  Returns a hash: cookie (of the
# computer), phone_code, phone (its decoded reply), sent (the module's
# /authenticate body to the RPS), access (the statuses the computer saw).
sub phone_signs_computer_in {
    my ($user, %o) = @_;
    my $id = activate_identity(register_user($user, mobile => 1));
    my $token = pin_token($id, $PIN);
    # the computer asks for an access number (through this site's /rps/ proxy)
    my $an = jbody(req(POST => $srv->url('/rps/getAccessNumber'), ''));
    die 'no access number' unless $an && $an->{accessNumber};
    my $p2 = pin_login($id, $token, $o{pin} // $PIN, wid => $an->{accessNumber});
    my $phone_child = in_child(sub {
        my $r = req(POST => $srv->url('/rps/authenticate'), {mpinResponse => {authOTT => $p2->{authOTT}}});
        return $r->code . ' ' . $r->content;
    });
    my (%seen, $auth);
    for (1 .. 100) {
        my $st = jbody(req(POST => $srv->url('/rps/access'), {webOTT => $an->{webOTT}})) || {};
        $seen{$st->{status} // ''}++;
        if (($st->{status} // '') eq 'authenticate') { $auth = $st->{authOTT}; last }
        last if $o{pin} && $_ > 10;    # a wrong PIN: the computer would wait on
        sleep 0.1;
    }
    my %out = (access => \%seen);
    if ($auth) {
        devrps_clear_log();
        my $r = http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $auth}},
                     'Content-Type' => 'application/json');
        $out{login_code} = $r->code;
        $out{cookie} = cookie_from($r);
        my ($a) = devrps_requests(POST => '/authenticate');
        $out{sent} = json_decode($a ? $a->{body} : '') || {};
    }
    my $phone = $phone_child->();
    my ($code, $body) = split / /, $phone // '', 2;
    $out{phone_code} = $code;
    $out{phone} = json_decode($body // '') || {};
    return \%out;
}

for my $wait (1, 0) {
    my $mode = $wait ? 'waitForLoginResult true' : 'waitForLoginResult false';
    subtest "$mode: the phone signs the computer in, and logs it out" => sub {
        devrps_config(waitForLoginResult => $wait ? JSON::PP::true : JSON::PP::false);
        my $desk = login_at($srv->url, "desk-$wait\@example.com");
        my $user = "phone-$wait-" . time . '@example.com';
        my $o = phone_signs_computer_in($user);
        is($o->{login_code}, 200, 'the computer is signed in (POST /mpinAuthenticate: 200)');
        is($o->{sent}{logoutURL}, '/logout', 'POST /authenticate carried logoutURL (MpinMobileLogoutURL)');
        my $token = ref $o->{sent}{logoutData} eq 'HASH' ? $o->{sent}{logoutData}{sessionToken} : undef;
        like($token // '', qr/^[A-Za-z0-9_-]{32}$/, '... and logoutData.sessionToken');
        is($o->{phone_code}, 200, 'the phone: 200');
        is($o->{phone}{logoutURL}, '/logout', 'the phone got logoutURL');
        is($o->{phone}{logoutData}{sessionToken}, $token, 'the phone got the same sessionToken');
        is($o->{phone}{logoutData}{userId}, $user, 'with userId (from /loginResult)') if $wait;
        is(page_code('/mobile-only', $o->{cookie}), 200, 'Require mpin-method mobile: the phone login passes');
        is(page_code('/pinpad-only', $o->{cookie}), 403, 'Require mpin-method pinpad: it does not');
        is(page_code('/pinpad-only', $desk), 200, 'the desktop login passes pinpad');
        is(page_code('/mobile-only', $desk), 403, '... and not mobile');

        # the phone's "Log out of the computer": JSON.stringify(logoutData), no Content-Type of its own
        my $body = json_encode($o->{phone}{logoutData});
        my $r = http(POST => $srv->url($o->{phone}{logoutURL}), $body, 'Content-Type' => 'text/plain;charset=UTF-8');
        is($r->code, 200, 'POST logoutData to logoutURL: 200');
        is($r->content, '', 'with an empty body (what the app counts as success)');
        is(page_code('/mobile-only', $o->{cookie}), 401, "the computer's session is over");
        is(page_code('/pinpad-only', $desk), 200, 'the other session lives on');
        my $again = http(POST => $srv->url('/logout'), $body, 'Content-Type' => 'text/plain;charset=UTF-8');
        is($again->code, 403, 'the same logoutData again (replayed): 403');
        is(page_code('/pinpad-only', $desk), 200, '... and it ended nothing');
        is(http(POST => $srv->url('/logout'), '')->code, 400, 'an empty logoutData: 400');
        is(http(POST => $srv->url('/logout'), '""')->code, 400, 'logoutData "" (a logoutData-less RPS): 400');
        my $forged = json_encode({sessionToken => 'A' x 43, userId => $user});
        is(http(POST => $srv->url('/logout'), $forged)->code, 403, 'a forged sessionToken: 403');
        is(page_code('/pinpad-only', $desk), 200, 'the other session still lives');
    };
}

# A session the phone signed in, renewed on the computer by a PIN entry
# (MpinMaxAuthAge, a step-up): the session goes on under a new id, and the
# phone's "Log out of the computer" must end it still.
subtest 'a session renewed by a PIN entry on the computer: the phone still logs it out' => sub {
    # false, as the mode before: MpinRpsLoginResult Auto remembers the 404s
    devrps_config(waitForLoginResult => JSON::PP::false);
    my $user = 'renew-' . time . '@example.com';
    my $o = phone_signs_computer_in($user);
    is($o->{login_code}, 200, 'the phone signs the computer in');
    my $r = http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => devrps_mint($user, 1)}},
                 'Content-Type' => 'application/json', Cookie => "mpin_session=$o->{cookie}");
    is($r->code, 200, 'a PIN entry on the computer, same user, with the session cookie: 200');
    my $renewed = cookie_from($r);
    isnt($renewed, $o->{cookie}, '  the session goes on under a new id');
    is(page_code('/protected', $o->{cookie}), 401, '  the old id is void');
    is(page_code('/protected', $renewed), 200, '  the new one is live');
    my $body = json_encode($o->{phone}{logoutData});
    my $out = http(POST => $srv->url($o->{phone}{logoutURL}), $body, 'Content-Type' => 'text/plain;charset=UTF-8');
    is($out->code, 200, "the phone's logout: 200") or diag(json_encode($o->{phone}) . ' ' . $out->content);
    is(page_code('/protected', $renewed), 401, '  and the renewed session is over');
};

subtest 'a wrong PIN on the phone: the phone gets 401, the computer keeps waiting' => sub {
    devrps_config(waitForLoginResult => JSON::PP::true);
    my $o = phone_signs_computer_in('phone-bad-' . time . '@example.com', pin => '1111');
    is($o->{phone_code}, 401, 'the phone: 401');
    ok(!$o->{cookie}, 'no session on the computer');
    ok(!$o->{access}{authenticate} && !$o->{access}{expired}, 'the computer never saw authenticate or expired')
        or diag explain $o->{access};
};

subtest 'the session of a phone login records the method mobile (MPIN_LOGIN_METHOD)' => sub {
    # the same rule, without the phone's crypto: an identity the RPS says is a phone's
    my $cookie = login_at($srv->url, 'minted-phone@example.com', undef);
    is(page_code('/mobile-only', $cookie), 403, 'a desktop identity (mobile: 0): not mobile');
    my $ott = devrps_mint('minted-phone@example.com', 1, mobile => 1);
    my $r = http(POST => $srv->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}});
    is($r->code, 200, 'a phone identity (mobile: 1) logs in');
    is(page_code('/mobile-only', cookie_from($r)), 200, '... as mobile');
};

subtest 'MpinMobileLogoutURL sets the logoutURL sent to the RPS' => sub {
    devrps_clear_log();
    my $r = http(POST => $srv->url('/elsewhere/mpinAuthenticate'),
                 {mpinResponse => {authOTT => devrps_mint('elsewhere@example.com', 1, mobile => 1)}});
    is($r->code, 200, 'login: 200');
    my ($a) = devrps_requests(POST => '/authenticate');
    is((json_decode($a ? $a->{body} : '') || {})->{logoutURL}, 'https://www.example.com/phone-logout',
       'logoutURL');
};

subtest 'configuration: mpin-method names and MpinMobileLogoutURL values are checked' => sub {
    my $dir = tempdir(CLEANUP => 1);
    my $authn = "LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so\n";
    my ($rc, $out) = config_test($dir, $authn . "<Location /x>\nAuthType MPin\nRequire mpin-method mobile password\n</Location>");
    is($rc, 0, 'Require mpin-method mobile password: accepted') or diag $out;
    ($rc, $out) = config_test($dir, $authn . "<Location /x>\nAuthType MPin\nRequire mpin-method phone\n</Location>");
    isnt($rc, 0, 'Require mpin-method phone: refused');
    like($out, qr/not pinpad, mobile or password/, '... saying what is allowed');
    ($rc, $out) = config_test($dir, "MpinMobileLogoutURL javascript:alert(1)");
    isnt($rc, 0, 'MpinMobileLogoutURL javascript:...: refused');
    like($out, qr/MpinMobileLogoutURL/, '... naming the directive');
};

devrps_reset();
devrps_config(waitForLoginResult => JSON::PP::true);
$srv->stop;
