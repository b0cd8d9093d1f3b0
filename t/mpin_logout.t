# mpin-logout (/logout): GET from the browser ends the session on the
# server and redirects to a validated target; POST from the mobile app
# (logoutData, any Content-Type) ends the session its sessionToken names and
# answers 200 with an empty body; one that ends nothing (no token, a forged,
# replayed or desktop login's token) gets a 4xx.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 11;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();

sub xhr_protected {
    my ($cookie) = @_;
    return http(GET => '/protected', undef, session_header($cookie), 'X-Requested-With' => 'XMLHttpRequest');
}

sub alive { xhr_protected($_[0])->code == 200 }

# Logs user in with a phone's identity (the access-number flow) and returns
# (cookie, sessionToken of its /loginResult logoutData).
sub login_with_token {
    my ($user, %o) = @_;
    devrps_clear_log();
    my $cookie = login_as($user, mobile => 1, %o);
    my ($lr) = devrps_requests(POST => '/loginResult');
    my $b = json_decode($lr ? $lr->{body} : '') || {};
    return ($cookie, $b->{logoutData} && $b->{logoutData}{sessionToken});
}

sub mobile_logout {
    my ($body, @h) = @_;
    return http(POST => '/logout', $body, @h);
}

subtest 'GET /logout ends the session on the server' => sub {
    my $cookie = login_as('alice@example.com');
    ok(alive($cookie), 'logged in: /protected opens');
    my $r = http(GET => '/logout', undef, session_header($cookie));
    is($r->code, 302, 'status 302');
    is($r->header('Location'), '/', 'to /');
    my $sc = set_cookie_header($r) // '';
    like($sc, qr/^mpin_session=;/, 'the cookie is emptied');
    like($sc, qr/Max-Age=0/i, 'Max-Age=0');
    like($sc, qr/Expires=Thu, 01 Jan 1970/i, 'Expires in the past');
    like($sc, qr/Path=\//, 'for Path=/');
    like($r->header('Cache-Control') // '', qr/no-store/, 'not cacheable');
    my $after = xhr_protected($cookie);
    is($after->code, 401, 'the OLD cookie no longer opens /protected (killed on the server)');
    unlike($after->content, qr/You are logged in/, 'no protected content');
    my $nav = http(GET => '/protected', undef, session_header($cookie), Accept => 'text/html');
    is($nav->code, 302, 'a browser with the old cookie goes to the login page');
    like($nav->header('Location') // '', qr{^/login\?return_to=}, '... /login');
};

subtest 'GET /logout only ends its own session' => sub {
    my $a = login_as('alice@example.com');
    my $b = login_as('bob@example.com');
    http(GET => '/logout', undef, session_header($a));
    ok(!alive($a), "alice's session ended");
    ok(alive($b), "bob's session lives on");
};

subtest 'GET /logout without a session' => sub {
    my $r = http(GET => '/logout');
    is($r->code, 302, 'status 302');
    is($r->header('Location'), '/', 'to /');
    like(set_cookie_header($r) // '', qr/Max-Age=0/, 'the cookie is cleared anyway');
    $r = http(GET => '/logout', undef, session_header('A' x 32 . '.' . 'B' x 43));
    is($r->code, 302, 'a forged cookie: 302 too');
};

subtest 'return_to is honoured when it is a same-site path' => sub {
    for my $t ('/protected', '/protected?x=1', '/m/index.html') {
        my $r = http(GET => '/logout?return_to=' . uri_escape($t));
        is($r->header('Location'), $t, "return_to=$t");
    }
};

subtest 'hostile return_to values go to /' => sub {
    my @bad = ('//evil.example', 'https://evil.example', 'http://evil.example/', '///evil.example',
               '/\\evil.example', '\\\\evil.example', '/%2F%2Fevil.example', '%2F%2Fevil.example',
               'javascript:alert(1)', 'data:text/html,x', 'http:evil.example', 'https://localhost@evil.example',
               "/\tevil", "/\r\nSet-Cookie: x=y", '/%0d%0aSet-Cookie:%20x=y', 'evil.example', '/./../etc',
               '/%5cevil.example');
    for my $t (@bad) {
        my $r = http(GET => '/logout?return_to=' . uri_escape($t));
        is($r->code, 302, "return_to=$t: 302") unless $t =~ /\r/;
        is($r->header('Location'), '/', 'return_to=' . quotemeta($t) . ': Location /');
        ok(!grep({ /^x=y/ } $r->header('Set-Cookie')), 'no injected header') if $t =~ /Set-Cookie/;
    }
    my $r = http(GET => '/logout?return_to=' . uri_escape('/protected') . '&return_to=' . uri_escape('//evil.example'));
    unlike($r->header('Location') // '', qr/evil/, 'a duplicated return_to never leads off-site');
};

subtest 'a POST that names no session: 4xx, and it ends nothing' => sub {
    my ($cookie) = login_with_token('erin@example.com');
    my @bodies = ('', '""', '{}', 'null', '{"userId": "erin@example.com"}', '{"sessionToken": ""}');
    my @types = (undef, 'text/plain;charset=UTF-8', 'application/json', 'application/x-www-form-urlencoded');
    for my $b (@bodies) {
        for my $t (@types) {
            my $r = mobile_logout($b, defined $t ? ('Content-Type' => $t) : ());
            my $name = "body '$b', Content-Type " . ($t // 'none');
            is($r->code, 400, "$name: 400 (no sessionToken)") or diag $r->as_string;
        }
    }
    is(http(POST => '/logout')->code, 400, 'no body at all: 400');
    for my $forged ('unknown-token', 'A' x 43, $cookie) {
        my $r = mobile_logout(json_encode({sessionToken => $forged, userId => 'erin@example.com'}));
        is($r->code, 403, "a forged sessionToken ($forged): 403");
    }
    ok(alive($cookie), 'the session lives on after all of them');
};

subtest 'the sessionToken of /loginResult logoutData kills that session' => sub {
    my ($cookie, $token) = login_with_token('alice@example.com');
    ok($token, 'the RPS got a sessionToken in logoutData');
    my ($other) = login_with_token('bob@example.com');
    ok(alive($cookie), 'alice is logged in');
    my $r = mobile_logout(json_encode({sessionToken => $token, userId => 'alice@example.com'}));
    is($r->code, 200, 'status 200');
    is($r->content, '', 'empty body');
    ok(!alive($cookie), "alice's session is dead (killed on the server)");
    ok(alive($other), "bob's session lives on");
    my $again = mobile_logout(json_encode({sessionToken => $token}));
    is($again->code, 403, 'the same token again (replayed): 403');
    ok(alive($other), "... and bob's session still lives");
};

subtest "a desktop login's token ends nothing (only a phone's login binds it)" => sub {
    devrps_clear_log();
    my $cookie = login_as('frank@example.com');
    my ($lr) = devrps_requests(POST => '/loginResult');
    my $token = (json_decode($lr ? $lr->{body} : '') || {})->{logoutData}{sessionToken};
    ok($token, 'the RPS got a sessionToken anyway (as Milagro\'s demo RPA sends it)');
    is(mobile_logout(json_encode({sessionToken => $token}))->code, 403, 'it is refused: 403');
    ok(alive($cookie), 'the desktop session lives on');
};

subtest 'the mobile logout needs the token, not the cookie' => sub {
    my ($cookie, $token) = login_with_token('carol@example.com');
    my $r = mobile_logout('{}', session_header($cookie));
    is($r->code, 400, 'POST {} with the cookie: 400');
    ok(alive($cookie), 'the cookie alone does not end the session (no logout CSRF)');
    mobile_logout(json_encode({sessionToken => $cookie}));
    ok(alive($cookie), 'the session cookie is not a logout token');
    my ($id) = $cookie =~ /^([^.]+)/;
    mobile_logout(json_encode({sessionToken => $id}));
    ok(alive($cookie), 'nor is the session id');
    mobile_logout(json_encode({sessionToken => $token}));
    ok(!alive($cookie), 'the token does it');
};

subtest 'bad mobile logout bodies: 400' => sub {
    for my $b ('{"sessionToken": ', 'not json', '{"sessionToken": 12}', '{"sessionToken": ["x"]}', '[1, 2]', '42',
               '{"sessionToken": "a", "sessionToken": "b"}') {
        my $r = mobile_logout($b, 'Content-Type' => 'text/plain;charset=UTF-8');
        is($r->code, 400, "'$b': 400");
    }
    my ($cookie, $token) = login_with_token('dave@example.com');
    mobile_logout('{"sessionToken": "' . $token . '", ');
    ok(alive($cookie), 'a broken body ends nothing');
};

subtest 'caps and methods' => sub {
    is(mobile_logout('{"pad": "' . ('x' x (9 * 1024)) . '"}')->code, 413, 'a body over 8 KiB: 413');
    for my $m (qw(PUT DELETE)) {
        my $r = http($m => '/logout');
        is($r->code, 405, "$m: 405");
        like($r->header('Allow') // '', qr/GET.*POST/, "$m: Allow: GET, POST");
    }
};

sub uri_escape { my $s = shift; $s =~ s/([^A-Za-z0-9\-._~])/sprintf('%%%02X', ord $1)/ge; $s }

devrps_reset();
