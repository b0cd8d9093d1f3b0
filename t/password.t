# Username and password login through Apache's authn providers (issue 5):
# a real htpasswd file (bcrypt and apr1-md5), CSRF token bound to the
# pre-login cookie, lockout shared by all processes, strict form parsing.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use Time::HiRes qw(time sleep);

plan tests => 55;
Test::More->builder->failure_output(\*STDERR);

my $htpasswd = "$ENV{MPIN_T_STAGE}/spool/htpasswd";
system('htpasswd', '-c', '-B', '-b', $htpasswd, 'john', '123') == 0 or die 'htpasswd -B';
system('htpasswd', '-m', '-b', $htpasswd, 'mary', 's3cret pass') == 0 or die 'htpasswd -m';
chmod 0644, $htpasswd;
devrps_reset();

my $FORM = 'application/x-www-form-urlencoded';

# GET the login page: the pre-login cookie and the form's CSRF token.
sub login_page {
    my $r = http(GET => '/pw/login', undef, Accept => 'text/html');
    my $pre = cookie_from($r, 'mpin_login');
    my ($token) = $r->content =~ /name="csrf_token" value="([^"]+)"/;
    return ($r, $pre, $token);
}

sub enc { my $s = shift; $s =~ s/([^A-Za-z0-9._~-])/sprintf '%%%02X', ord $1/ge; $s }

sub post_login {
    my (%a) = @_;
    my $body = $a{raw} // join '&', map { enc($_) . '=' . enc($a{fields}{$_}) } sort keys %{ $a{fields} };
    return http(POST => '/pw/login', $body, 'Content-Type' => $a{ctype} // $FORM,
                Accept => $a{accept} // 'text/html',
                ($a{pre} ? (Cookie => "mpin_login=$a{pre}") : ()));
}

# --- the page offers both methods, password first as configured
my ($page, $pre, $token) = login_page();
is($page->code, 200, 'GET /pw/login');
ok($pre, 'sets a pre-login cookie');
ok($token && length($token) == 43, 'the form carries a CSRF token');
like($page->content, qr/<form method="POST">.*id="pinHolder"/s,
     'password form first, in the document itself (the order Tab and a screen reader follow)');
like($page->content, qr/<label for="login-username">.*id="login-username".*<label for="login-password">.*id="login-password"/s,
     'each field has its label');
like($page->content, qr/id="pinHolder"/, 'and the PIN pad on the same page');
my $pinonly = http(GET => '/pw/pinpad-only')->content;
unlike($pinonly, qr/<form/, 'MpinLoginMethods default: PIN pad only, no form');

# --- success with a bcrypt hash, then with apr1-md5
my $r = post_login(pre => $pre, fields => {username => 'john', password => '123', csrf_token => $token});
is($r->code, 303, 'john/123 (bcrypt) logs in with a 303');
is($r->header('Location'), '/pw/protected', 'to MpinSuccessURL');
my $cookie = cookie_from($r);
ok($cookie, 'with a session cookie');
my $p = http(GET => '/pw/protected', undef, Cookie => "mpin_session=$cookie");
like($p->content, qr/You are logged in as john/, 'the session opens a protected page');
is(http(GET => '/pw/pin-required', undef, Cookie => "mpin_session=$cookie", Accept => 'text/html')->code,
   403, 'Require mpin-method pinpad refuses a password session');
my $pin_cookie = login_as('alice@example.com');
is(http(GET => '/pw/pin-required', undef, Cookie => "mpin_session=$pin_cookie")->code, 200,
   '... and lets a PIN session in');
is(http(GET => '/pw/user-header', undef, Cookie => "mpin_session=$cookie")->code, 404,
   'Require user john admits the password user (404: no such file behind it)');
is(http(GET => '/pw/user-header', undef, Cookie => "mpin_session=$pin_cookie")->code, 403,
   'Require user john refuses another (PIN) user alike');

$r = post_login(pre => $pre, fields => {username => 'mary', password => 's3cret pass', csrf_token => $token,
                                          return_to => '/pw/protected?from=form'});
is($r->code, 303, 'mary (apr1-md5, password with a space) logs in');
is($r->header('Location'), '/pw/protected?from=form', 'to the validated return target');
isnt(cookie_from($r), $cookie, 'with a new session id');
$r = post_login(pre => $pre, fields => {username => 'mary', password => 's3cret pass', csrf_token => $token,
                                          return_to => '//evil.example/'});
is($r->header('Location'), '/pw/protected', 'a hostile return target falls back to MpinSuccessURL');

# --- CSRF: missing or wrong token, or no pre-login cookie: 403, no provider call
$r = post_login(pre => $pre, fields => {username => 'john', password => '123'});
is($r->code, 400, 'missing csrf_token field: 400');
like($r->content, qr/^400 missing field csrf_token$/m, '  which the answer names');
$r = post_login(pre => $pre, fields => {username => 'john', password => '123', csrf_token => 'x' x 43});
is($r->code, 403, 'wrong CSRF token: 403');
$r = post_login(fields => {username => 'john', password => '123', csrf_token => $token});
is($r->code, 403, 'right token without the pre-login cookie: 403');
my (undef, $pre2) = login_page();
$r = post_login(pre => $pre2, fields => {username => 'john', password => '123', csrf_token => $token});
is($r->code, 403, 'a token of another pre-login cookie: 403');
unlike($r->content, qr/INVALID USERNAME/, 'the password was not checked');

# --- bad input: clear 4xx before any provider call
is(post_login(pre => $pre, ctype => 'application/json', raw => '{"username":"john"}')->code, 415,
   'wrong Content-Type: 415');
is(post_login(pre => $pre, raw => 'username=john&password=' . ('a' x 9000) . "&csrf_token=$token")->code, 413,
   'oversized body: 413');
# each 400 names its own reason (the body is "400 <reason>")
for my $case (
    ["username=john&username=mary&password=123&csrf_token=$token", 'duplicate field username', 'duplicate field'],
    ["username=%FF%FE&password=123&csrf_token=$token",
     'username empty, too long, not UTF-8 or with control characters', 'invalid UTF-8 user name'],
    ["username=jo%0Ahn&password=123&csrf_token=$token",
     'username empty, too long, not UTF-8 or with control characters', 'control character in the user name'],
    ["username=john&password=1%2&csrf_token=$token", 'malformed field password', 'malformed percent-encoding'],
    ["password=123&csrf_token=$token", 'missing field username', 'missing username'],
    ["username=john&password=%07&csrf_token=$token",
     'password too long, not UTF-8 or with control characters', 'control character in the password'],
) {
    my ($raw, $reason, $what) = @$case;
    my $res = post_login(pre => $pre, raw => $raw);
    is($res->code, 400, "$what: 400");
    like($res->content, qr/^400 \Q$reason\E$/m, "  naming why: $reason");
}
is(http(PUT => '/pw/login', 'x')->code, 405, 'PUT: 405');
is(post_login(pre => $pre, raw => "username=john&password=123&csrf_token=$token")->code, 303,
   '(sanity: the same body well-formed logs in)');
is(http(POST => '/pw/pinpad-only', "username=john&password=123&csrf_token=$token",
        'Content-Type' => $FORM, Cookie => "mpin_login=$pre")->code, 405,
   'POST where password login is not enabled: 405');

# --- failures: identical answers for an unknown user and a wrong password
my $window_from = time;    # the lockout's window starts after this (3 s, MpinPasswordLockout)
my $wrong = post_login(pre => $pre, fields => {username => 'john', password => 'nope', csrf_token => $token});
my $unknown = post_login(pre => $pre, fields => {username => 'nobody-here', password => 'nope', csrf_token => $token});
is($wrong->code, 200, 'wrong password: the form again, 200 for a browser');
like($wrong->content, qr/INVALID USERNAME OR PASSWORD/, 'with the tutorial\'s message');
(my $w = $wrong->content) =~ s/value="[^"]*"//g;
(my $u = $unknown->content) =~ s/value="[^"]*"//g;
is($u, $w, 'an unknown user gets the identical page');
ok(!cookie_from($wrong), 'and no session cookie');
my $api = post_login(accept => 'application/json', pre => $pre,
                     fields => {username => 'john', password => 'nope', csrf_token => $token});
is($api->code, 401, 'a non-browser client gets 401');

# --- lockout: 3 failures from this address within 3 s, then 429 without checking.
# Judged only when the requests came within the window: a busy machine may
# spread them over more than 3 s, and then the failures are made again once
# the lockout surely ended (at most 5 times).
my ($mary, $tries);
for my $try (1 .. 5) {
    $tries = $try;
    if ($try > 1) {
        sleep 4;   # past any lockout of the try before
        $window_from = time;
        post_login(pre => $pre, fields => {username => 'john', password => 'nope', csrf_token => $token}) for 1 .. 3;
    }
    $r = post_login(pre => $pre, fields => {username => 'john', password => '123', csrf_token => $token});
    $mary = post_login(pre => $pre, fields => {username => 'mary', password => 's3cret pass', csrf_token => $token});
    last if time < $window_from + 3;
}
is($r->code, 429, "after 3 failures even the right password gets 429 (try $tries)");
ok($r->header('Retry-After') && $r->header('Retry-After') >= 1 && $r->header('Retry-After') <= 4,
   'with Retry-After');
is($mary->code, 429, 'the address is locked out for other users too');
sleep 4;
$r = post_login(pre => $pre, fields => {username => 'john', password => '123', csrf_token => $token});
is($r->code, 303, 'the lockout expires');

# --- nothing of the password is logged
my $log = do { local $/; open my $fh, '<', 't/logs/error_log' or die; <$fh> };
unlike($log, qr/s3cret pass|s3cret%20pass/, 'the password never appears in the error log');
unlike($log, qr/\b123\b.*password|password.*\b123\b/, '... nor john\'s');
like($log, qr/MPIN02101: password login of user john from \S+ failed: wrong password/,
     'a failed login is logged with the user, address and reason');
like($log, qr/MPIN02106: login of user john with a password/, 'a login is logged');
