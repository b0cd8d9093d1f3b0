# A session store that goes down and comes back (issue 15 item 5): a real
# redis and a real memcached of this test are stopped and started again
# under a running httpd (t/lib/StoreDaemon.pm; t/run's shared redis is left
# alone).  While the store is down everything that needs it fails closed
# with 503: a protected page (never 200, never a redirect to a login that
# cannot succeed), a PIN login, a password login whatever the password (the
# lockout counters cannot be read, so no guess is answered), and a logout,
# which says the user is still logged in and leaves the cookie, from the
# browser (GET) and from the phone (POST logoutData).  When the store is
# back, without an httpd restart, the sessions work again, the logouts that
# answered 503 can be done and then their cookies are refused, and logins
# work.  Another module's mpin_rpa_end_session is told of the failure, and
# mpin-status?format=health tells a load balancer.  The outage is logged once
# at error level, and its end once.
#
# Nothing here depends on speed: after the store returns, each check waits
# until the answer is no longer 503 (apr_redis and apr_memcache try a
# server they found down again every 5 s, and a connection they kept from
# before the outage fails once), then checks what it is.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Cwd qw(abs_path);
use Time::HiRes qw(sleep time);
use lib 't/lib';
use MpinTest;
use MpinServer qw(nav_headers xhr_headers);
use StoreDaemon;

Test::More->builder->failure_output(\*STDERR);

my $SECRET = 'store-outage-secret-0123456789abcdef';
# another module's mpin_rpa_end_session (t/api.t's test module, t/run builds it)
my $API = abs_path('t/modules/mod_mpin_api_test.so');
die "$API is not built (run t/run)" unless -f $API;
my $APR_NOTFOUND = 70015;
my $FORM = 'application/x-www-form-urlencoded';

devrps_reset();

sub page {
    my ($srv, $cookie, @h) = @_;
    return http(GET => $srv->url('/protected'), undef, (@h ? @h : nav_headers()),
                Cookie => "mpin_session=$cookie");
}

# The user /protected shows for cookie, else the status.
sub user_on {
    my $r = page(@_);
    return $r->code == 200 && $r->content =~ /You are logged in as (\w+)/ ? $1 : $r->code;
}

# A request repeated while it answers 503 (the store coming back), at most
# 60 s; the last answer.
sub once_back {
    my ($request) = @_;
    my $end = time + 60;
    my $r = $request->();
    while ($r->code == 503 && time < $end) {
        sleep 0.25;
        $r = $request->();
    }
    return $r;
}

sub pin_login {
    my ($srv, $user, %o) = @_;
    return http(POST => $srv->url('/mpinAuthenticate'),
                {mpinResponse => {authOTT => devrps_mint($user, 1, %o)}},
                'Content-Type' => 'application/json');
}

# A login with a phone's identity: (cookie, the logoutData sessionToken the
# RPS got for the phone).
sub phone_login {
    my ($srv, $user) = @_;
    devrps_clear_log();
    my $r = pin_login($srv, $user, mobile => 1);
    die "phone login of $user: " . $r->status_line unless $r->code == 200;
    my ($lr) = devrps_requests(POST => '/loginResult');
    my $b = json_decode($lr ? $lr->{body} : '') || {};
    my $token = $b->{logoutData} && $b->{logoutData}{sessionToken}
        or die "no sessionToken in /loginResult";
    return (cookie_from($r), $token);
}

sub mobile_logout {
    my ($srv, $token) = @_;
    return http(POST => $srv->url('/logout'), json_encode({sessionToken => $token}),
                'Content-Type' => 'text/plain;charset=UTF-8');
}

# The password form: GET the page (its CSRF token needs no store), POST it.
sub password_login {
    my ($srv, $user, $password) = @_;
    my $page = http(GET => $srv->url('/pw/login'), undef, Accept => 'text/html');
    my $pre = cookie_from($page, 'mpin_login');
    my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;
    die 'no login form: ' . $page->status_line unless $pre && $token;
    return http(POST => $srv->url('/pw/login'),
                "username=$user&password=$password&csrf_token=$token",
                'Content-Type' => $FORM, Accept => 'text/html', Cookie => "mpin_login=$pre");
}

sub health {
    my $r = http(GET => $_[0]->url('/mpin-status?format=health'));
    return $r->code . ' ' . $r->content;
}

sub no_session_cookie { !grep { /^mpin_session=/ } $_[0]->header('Set-Cookie') }

sub outage {
    my ($kind) = @_;
    my $store = StoreDaemon->start($kind);
    my $srv = MpinServer->start(store => $store->spec, secret => $SECRET, one_process => 1,
                                conf => <<"CONF");
LoadModule mpin_api_test_module "$API"
<Location /mpin-status>
    SetHandler mpin-status
</Location>
<Location /api>
    SetHandler mpin-api-test
</Location>
<Location /pw/login>
    SetHandler mpin-login
    MpinLoginMethods password pinpad
    MpinPasswordProvider file
    AuthUserFile "\@ROOT\@/htpasswd"
    MpinPasswordMaxFailures 3
</Location>
CONF
    system('htpasswd', '-c', '-b', '-B', $srv->root . '/htpasswd', 'dave', 'Rightpw42') == 0
        or die 'htpasswd';
    chmod 0644, $srv->root . '/htpasswd';
    my $generations = () = $srv->log =~ /resuming normal operations/g;

    # ------------------------------------------------ before the outage
    my $alice = cookie_from(pin_login($srv, 'alice'));
    my $bob = cookie_from(pin_login($srv, 'bob'));
    my ($carol, $token) = phone_login($srv, 'carol');
    my $dave = cookie_from(password_login($srv, 'dave', 'Rightpw42'));
    is(join(',', map { user_on($srv, $_) } $alice, $bob, $carol, $dave), 'alice,bob,carol,dave',
       'four sessions (PIN, PIN, phone, password) open /protected');
    is(health($srv), "200 OK\n", 'mpin-status?format=health: OK');

    # ---------------------------------------------------- the outage
    $store->stop;
    my $r = page($srv, $alice);
    is($r->code, 503, "$kind stopped: /protected with a live session's cookie gets 503");
    ok(!defined $r->header('Location'), '  not a redirect to a login that cannot succeed');
    unlike($r->content, qr/logged in as/, '  nothing protected');
    like($r->content, qr/Login is temporarily unavailable/, '  a page that says why');
    # apr_redis and apr_memcache answer "not found" for a while after a
    # failure: that must never read as "no session" (302) or anything else
    is(join(',', map { page($srv, $_ % 2 ? $alice : $dave, $_ % 3 ? nav_headers() : xhr_headers())->code } 1 .. 8),
       join(',', (503) x 8), '  every later request too, browser and script');

    is(health($srv), "503 SESSION STORE DOWN\n",
       'mpin-status?format=health: 503 SESSION STORE DOWN, for the load balancer');
    $r = pin_login($srv, 'erin');
    is($r->code, 503, 'a PIN login gets 503');
    ok(no_session_cookie($r), '  and no session cookie');
    $r = password_login($srv, 'dave', 'Rightpw42');
    is($r->code, 503, 'a password login with the right password gets 503');
    ok(no_session_cookie($r), '  and no session cookie');
    my @wrong = map { password_login($srv, 'dave', "guess$_")->code } 1 .. 5;
    is("@wrong", '503 503 503 503 503',
       'wrong passwords get 503 too: no guess is answered while the lockout cannot be counted');

    $r = http(GET => $srv->url('/logout'), undef, nav_headers(), Cookie => "mpin_session=$bob");
    is($r->code, 503, 'GET /logout gets 503');
    like($r->content, qr/still logged in/, '  and says the user is still logged in');
    ok(no_session_cookie($r), '  and leaves the cookie alone');
    ok(!defined $r->header('Location'), '  no redirect');
    $r = mobile_logout($srv, $token);
    is($r->code, 503, "the phone's logout (POST logoutData) gets 503, not 200 or 403");
    $r = http(GET => $srv->url('/api?end'), undef, Cookie => "mpin_session=$alice");
    my %api = $r->content =~ /^(\w+)=(.*)$/mg;
    is($api{user}, '-', 'another module is told of no user');
    my $end = $api{end} // 0;
    ok($end != 0 && $end != $APR_NOTFOUND,
       "  and its mpin_rpa_end_session returns a failure, not success or \"no session\" ($end)");
    ok(no_session_cookie($r), '  and leaves the cookie alone');

    # ------------------------------------------------------ it returns
    $store->start_again;
    $r = once_back(sub { page($srv, $alice) });
    is($r->code, 200, "$kind started again: the first session works again");
    is(once_back(sub { page($srv, $dave) })->code, 200, '  and the password session');
    is(user_on($srv, $carol), 'carol', '  and the phone session, whose logout answered 503');
    is(user_on($srv, $bob), 'bob', '  and the session whose GET /logout answered 503, as that page said');

    $r = once_back(sub { http(GET => $srv->url('/logout'), undef, nav_headers(),
                              Cookie => "mpin_session=$bob") });
    is($r->code, 302, 'GET /logout again: done');
    is(user_on($srv, $bob, xhr_headers()), 401, '  that cookie is refused now');
    $r = once_back(sub { mobile_logout($srv, $token) });
    is($r->code, 200, "the phone's logout again: done");
    is(user_on($srv, $carol, xhr_headers()), 401, '  that cookie is refused now');
    is(mobile_logout($srv, $token)->code, 403, '  and the token is spent');

    is(once_back(sub { http(GET => $srv->url('/mpin-status?format=health')) })->code, 200,
       'mpin-status?format=health: OK again');
    $r = once_back(sub { pin_login($srv, 'erin') });
    is($r->code, 200, 'a PIN login works');
    is(user_on($srv, cookie_from($r)), 'erin', '  and its session opens /protected');
    $r = once_back(sub { password_login($srv, 'dave', 'Rightpw42') });
    is($r->code, 303, 'a password login works');
    is(user_on($srv, $alice), 'alice', 'the first session still works');

    my $log = $srv->log;
    is(scalar(() = $log =~ /resuming normal operations/g), $generations, 'httpd was not restarted');
    my @down = $log =~ /^.*MPIN03050.*$/mg;
    is(scalar @down, 1, 'the outage is logged once') or diag join "\n", @down;
    like($down[0] // '', qr/\[mpin_rpa:error\]/, '  at error level');
    like($down[0] // '', qr/\Q$kind\E:127\.0\.0\.1:\d+\) failed/, '  naming the store');
    my @up = $log =~ /^.*MPIN03051.*$/mg;
    is(scalar @up, 1, 'and its end once');
    unlike($log, qr/\Q$alice\E|\Q$bob\E|\Q$token\E|guess\d|Rightpw42/, 'no cookie, token or password is logged');
    $srv->stop;
    $store->stop;
}

for my $kind ('redis', 'memcache') {
    subtest "$kind stopped and started again" => sub { outage($kind) };
}
done_testing();
