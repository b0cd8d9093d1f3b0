# Real backends behind AuthType MPin (security items 2, 3 and 14): static
# files, a CGI and a ProxyPass backend (a second server that counts its
# hits), header spoofing on every path, and the sub-requests and internal
# redirects of DirectoryIndex, ErrorDocument and mod_include.
# Configuration: t/conf/extra.d/access.conf and t/conf/mpin_access.conf.in.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use MpinServer qw(hits raw_request nav_headers xhr_headers log_offset log_since config_test);

Test::More->builder->failure_output(\*STDERR);

my $STATIC = 'TOP-SECRET-STATIC-5c1e';
my $BACKEND = 'BACKEND-BODY-7f3a';
my $port = (split /:/, Apache::TestRequest::hostport())[-1];

devrps_reset();
my $alice = login_as('alice');
my $bob = login_as('bob');
ok($alice && $bob && $alice ne $bob, 'two users logged in');
my $A = "mpin_session=$alice";

sub env_of {
    my ($res) = @_;
    my $j = json_decode($res->content);
    return $j && ref $j eq 'HASH' ? $j->{env} || {} : {};
}

# ---------------------------------------------------------------- refusals
my %backend = (
    static  => ['/private/secret.html', $STATIC],
    cgi     => ['/access/cgi/env-json', $BACKEND],
    proxied => ['/access/proxied/some/page?x=1&y=%2F', $BACKEND],
);
my ($cgi0, $be0) = (hits('env-json'), hits('backend'));
for my $kind (sort keys %backend) {
    my ($path, $marker) = @{$backend{$kind}};
    (my $enc = $path) =~ s/([^A-Za-z0-9_.~-])/sprintf '%%%02X', ord $1/ge;

    my $r = http(GET => $path, undef, nav_headers());
    is($r->code, 302, "$kind: an unauthenticated navigation is redirected");
    is($r->header('Location'), "/login?return_to=$enc", "$kind:   to the login page with the original URL");
    unlike($r->content, qr/\Q$marker\E/, "$kind:   and no byte of the backend");
    like($r->header('Cache-Control') || '', qr/no-store/, "$kind:   the redirect is not cached");
    ok(!defined $r->header('Set-Cookie'), "$kind:   and sets no cookie");

    for my $h ([xhr_headers()], [Accept => 'application/json'],
               [Accept => 'text/html', 'Sec-Fetch-Mode' => 'cors'], []) {
        my %h = @$h;
        my $label = join(', ', map { "$_: $h{$_}" } sort keys %h) || 'no Accept';
        $r = http(GET => $path, undef, @$h);
        is($r->code, 401, "$kind: a script request ($label) gets 401");
        ok(!defined $r->header('Location'), "$kind:   not a redirect");
        like($r->header('WWW-Authenticate') || '', qr/^MPin login_url="\/login"$/,
             "$kind:   WWW-Authenticate names the login page");
        unlike($r->content, qr/\Q$marker\E/, "$kind:   and no byte of the backend");
        ok(!defined $r->header('Set-Cookie'), "$kind:   and no cookie");
    }
    $r = http(POST => $path, 'a=1', nav_headers(), 'Content-Type' => 'application/x-www-form-urlencoded');
    is($r->code, 401, "$kind: an unauthenticated POST gets 401");
    unlike($r->content, qr/\Q$marker\E/, "$kind:   and no byte of the backend");
    $r = http(GET => $path, undef, nav_headers(), Cookie => 'mpin_session=forged.value; other=1');
    is($r->code, 302, "$kind: a forged cookie is redirected like no cookie");
    unlike($r->content, qr/\Q$marker\E/, "$kind:   and no byte of the backend");
}
is(hits('env-json'), $cgi0, 'the CGI never ran for an unauthenticated request');
is(hits('backend'), $be0, 'the proxied backend was never reached by an unauthenticated request');

# MpinUnauthAction forces one answer.
my $r = http(GET => '/access/api/env-json', undef, nav_headers());
is($r->code, 401, 'MpinUnauthAction 401: a navigation gets 401 too');
$r = http(GET => '/access/nav/env-json?q=1', undef, xhr_headers());
is($r->code, 302, 'MpinUnauthAction redirect: a script request is redirected too');
is($r->header('Location'), '/login?site=nav&return_to=%2Faccess%2Fnav%2Fenv-json%3Fq%3D1',
   '  to an MpinLoginURL that has a query already');
is(hits('env-json'), $cgi0, '  and the CGI still never ran');

# The module's own endpoint inside a proxied space is the module's.
$r = http(GET => '/access/open-proxied/login', undef, nav_headers());
is($r->code, 200, 'an mpin-login Location inside a ProxyPass space answers');
like($r->content, qr/pinHolder/, '  with the login page');
unlike($r->content, qr/\Q$BACKEND\E/, '  not the backend');
is(hits('backend'), $be0, '  which was not reached');

# ------------------------------------------------------------- let in
$r = http(GET => '/private/secret.html', undef, nav_headers(), Cookie => $A);
is($r->code, 200, 'static: alice gets the protected file');
like($r->content, qr/\Q$STATIC\E/, '  its content');

$r = http(GET => '/access/cgi/env-json', undef, nav_headers(), Cookie => $A);
is($r->code, 200, 'CGI: alice gets the CGI');
my $env = env_of($r);
is($env->{REMOTE_USER}, 'alice', '  REMOTE_USER is alice');
is($env->{AUTH_TYPE}, 'MPin', '  AUTH_TYPE is MPin');
is($env->{HTTP_X_REMOTE_USER}, 'alice', '  MpinUserHeader X-Remote-User is alice');
is($env->{MPIN_LOGIN_METHOD}, 'pinpad', '  MPIN_LOGIN_METHOD says how');
is(hits('env-json'), $cgi0 + 1, '  the CGI ran once');

$r = http(GET => '/access/proxied/deep/path?x=1', undef, nav_headers(), Cookie => "mpin_session=$bob");
is($r->code, 200, 'proxied: bob reaches the backend');
$env = env_of($r);
is($env->{HTTP_X_REMOTE_USER}, 'bob', '  the backend got X-Remote-User: bob');
is($env->{REQUEST_URI}, '/proxied/deep/path?x=1', '  for the mapped path');
is($r->header('X-Backend-Saw'), 'bob|', '  and nothing else that looks like it');
is(hits('backend'), $be0 + 1, '  the backend ran once');

# ------------------------------------------------------------- spoofing
# A client's identity header, in any spelling, never reaches a CGI or a
# backend, with or without a session of another user, on any path.
my @spellings = ('X-Remote-User', 'x-remote-user', 'X_Remote_User', 'X-REMOTE-USER', 'x_remote-USER');
my @paths = (
    # [label, method, path, cookie?, where the identity shows]
    ['protected CGI',        'GET',     '/access/cgi/env-json',        1, 'cgi'],
    ['protected proxied',    'GET',     '/access/proxied/spoof',       1, 'backend'],
    ['protected static',     'GET',     '/private/secret.html',        1, 'echo'],
    ['unprotected CGI',      'GET',     '/cgi-bin/env-json',           0, 'cgi'],
    ['unprotected CGI+cookie', 'GET',   '/cgi-bin/env-json',           1, 'cgi'],
    ['unprotected proxied',  'GET',     '/access/open-proxied/spoof',  0, 'backend'],
    ['refused protected',    'GET',     '/access/cgi/env-json',        0, 'echo'],
    ['login page',           'GET',     '/login',                      1, 'echo'],
    ['logout',               'GET',     '/logout',                     0, 'echo'],
    ['OPTIONS protected',    'OPTIONS', '/access/cgi/env-json',        1, 'echo'],
    ['OPTIONS proxied',      'OPTIONS', '/access/proxied/spoof',       1, 'backend'],
    ['OPTIONS open proxied', 'OPTIONS', '/access/open-proxied/spoof',  0, 'backend'],
    ['POST unprotected CGI', 'POST',    '/cgi-bin/env-json',           0, 'cgi'],
);
my $off = log_offset();
for my $name (@spellings) {
    for my $p (@paths) {
        my ($label, $method, $path, $with_cookie, $where) = @$p;
        my $head = "$method $path HTTP/1.0\nHost: localhost:$port\nAccept: text/html\n"
                 . "$name: mallory\n" . ($with_cookie ? "Cookie: $A\n" : '')
                 . ($method eq 'POST' ? "Content-Type: text/plain\nContent-Length: 2\n" : '');
        my ($status, $h, $body) = raw_request($port, $head, $method eq 'POST' ? 'hi' : undef);
        my $what = "$name on $label";
        ok($status >= 200 && $status < 500, "$what: answered ($status)");
        unlike($body, qr/mallory/, "$what: the spoofed value is nowhere in the answer");
        my $echo = ($h->{'x-echo-identity'} || [''])->[0];
        unlike($echo, qr/mallory/, "$what: httpd no longer had it when answering");
        my $expect_user = $with_cookie && $label =~ /^(protected|OPTIONS protected|OPTIONS proxied)/ ? 'alice' : undef;
        if ($where eq 'cgi') {
            my $j = json_decode($body) || {};
            is($j->{env}{HTTP_X_REMOTE_USER}, $expect_user,
               "$what: the CGI's HTTP_X_REMOTE_USER is " . ($expect_user // 'unset'));
        }
        elsif ($where eq 'backend') {
            my $saw = ($h->{'x-backend-saw'} || [''])->[0];
            is($saw, ($expect_user // '') . '|',
               "$what: the backend saw " . ($expect_user // 'no identity header'));
        }
        else {
            is($echo, ($expect_user // '') . '|',
               "$what: the identity header is " . ($expect_user // 'unset'));
        }
    }
}
like(log_since($off), qr/MPIN01501: removed a client-supplied identity header X_Remote_User/,
     'the removal is logged with the header name');

# Both spellings at once, and many copies.
my ($status, $h, $body) = raw_request($port,
    "GET /access/proxied/twice HTTP/1.0\nHost: localhost:$port\nCookie: $A\n"
    . join('', map { "X-Remote-User: mallory$_\nX_Remote_User: mallory$_\n" } 1 .. 20));
is($status, 200, 'twenty copies of both spellings: answered');
is(($h->{'x-backend-saw'} || [''])->[0], 'alice|', '  the backend saw alice only');
unlike($body, qr/mallory/, '  and no spoofed value');

# --------------------------------------- sub-requests and internal redirects
# DirectoryIndex: /private/ is an internal redirect to /private/index.html.
$r = http(GET => '/private/', undef, nav_headers());
is($r->code, 302, 'DirectoryIndex of a protected folder: refused without a session');
unlike($r->content, qr/PRIVATE-INDEX/, '  without its content');
$r = http(GET => '/private/', undef, nav_headers(), Cookie => $A);
is($r->code, 200, 'DirectoryIndex of a protected folder: served with a session');
like($r->content, qr/PRIVATE-INDEX-9d2b/, '  its index page');

# ErrorDocument inside the protected folder.
$r = http(GET => '/private/missing.html', undef, nav_headers());
is($r->code, 302, 'a missing protected file: refused before anything is looked up');
unlike($r->content, qr/PRIVATE-NOTFOUND/, '  without the error document');
$r = http(GET => '/private/missing.html', undef, nav_headers(), Cookie => $A);
is($r->code, 404, 'a missing protected file with a session: 404');
like($r->content, qr/PRIVATE-NOTFOUND-4e8a/, '  with the protected ErrorDocument');
# An open page whose ErrorDocument is protected.
$r = http(GET => '/private/open/missing.html', undef, nav_headers());
is($r->code, 404, 'an open missing page whose ErrorDocument is protected: 404');
unlike($r->content, qr/PRIVATE-NOTFOUND/, '  without the protected ErrorDocument');
unlike($r->header('Location') || '', qr/login/, '  and no login redirect of the error document');
$r = http(GET => '/private/open/missing.html', undef, nav_headers(), Cookie => $A);
is($r->code, 404, '  with a session: 404');
like($r->content, qr/PRIVATE-NOTFOUND-4e8a/, '  with the ErrorDocument');

# mod_include: a protected page that includes protected virtual paths.
my $ssi_cgi0 = hits('env-json');
$r = http(GET => '/private/ssi.shtml', undef, nav_headers());
is($r->code, 302, 'a protected SSI page: refused without a session');
unlike($r->content, qr/PRIVATE-(SSI|FRAGMENT)/, '  without any of it');
is(hits('env-json'), $ssi_cgi0, '  and the included CGI did not run');
$r = http(GET => '/private/ssi.shtml', undef, nav_headers(), Cookie => $A);
is($r->code, 200, 'a protected SSI page for alice');
like($r->content, qr/PRIVATE-SSI-PAGE/, '  the page');
like($r->content, qr{<div id="fragment"><p>PRIVATE-FRAGMENT-61f0</p>}, '  includes the protected fragment');
my ($cgi_part) = $r->content =~ m{<div id="cgi">(.*?)</div>}s;
my $inc = json_decode($cgi_part // '') || {};
is($inc->{env}{REMOTE_USER}, 'alice', '  the included CGI runs as alice');
is($inc->{env}{HTTP_X_REMOTE_USER}, 'alice', '  with the identity header');
like($r->content, qr{<div id="other">\{"env":\{[^<]*"REMOTE_USER":"alice"}, '  alice is in the allowed list of the other include');
like($r->content, qr{<div id="named">\[an error occurred while processing this directive\]</div>},
     '  a path of another session cookie is not opened by this one');
$r = http(GET => '/private/ssi.shtml', undef, nav_headers(), Cookie => "mpin_session=$bob");
is($r->code, 200, 'the same page for bob');
like($r->content, qr{<div id="fragment"><p>PRIVATE-FRAGMENT-61f0</p>}, '  includes the fragment');
like($r->content, qr{<div id="other">\[an error occurred while processing this directive\]</div>},
     '  but not a path whose MpinAllowedUsers leaves bob out');
unlike($r->content, qr/"REMOTE_USER":"alice"/, '  and nothing of alice');
# An open page that includes protected paths.
$ssi_cgi0 = hits('env-json');
$r = http(GET => '/private/open/page.shtml', undef, nav_headers());
is($r->code, 200, 'an open SSI page without a session');
like($r->content, qr/OPEN-SSI-PAGE/, '  the page');
unlike($r->content, qr/PRIVATE-FRAGMENT/, '  without the protected fragment');
unlike($r->content, qr/\Q$BACKEND\E/, '  nor the protected CGI');
is(hits('env-json'), $ssi_cgi0, '  which did not run');
unlike($r->content, qr/pinHolder|Location/, '  and no login page inside it');

# The return-URL round trip: the login page sends the browser back.
$r = http(GET => '/access/cgi/env-json?a=1&b=%2F', undef, nav_headers());
my $login = $r->header('Location');
$r = http(GET => $login, undef, nav_headers());
is($r->code, 200, 'the login page the redirect names');
my ($back) = $r->content =~ /successLoginURL:\s*"((?:[^"\\]|\\.)*)"/;
$back //= '';
$back =~ s/\\u([0-9A-Fa-f]{4})/chr hex $1/ge;
$back =~ s/\\x([0-9A-Fa-f]{2})/chr hex $1/ge;
is($back, '/access/cgi/env-json?a=1&b=%2F', '  comes back to the original URL after the login');

# MpinUserHeaderScrub is a server setting: apachectl -t refuses it elsewhere.
{
    use File::Temp qw(tempdir);
    my $tmp = tempdir(CLEANUP => 1);
    my ($rc, $out) = config_test($tmp, "<Location /x>\n    MpinUserHeaderScrub Off\n</Location>");
    isnt($rc, 0, 'MpinUserHeaderScrub inside <Location>: refused by apachectl -t');
    like($out, qr/MpinUserHeaderScrub/, '  naming the directive');
}

# The server still answers.
is(http(GET => '/static.html')->code, 200, 'the server still serves');

done_testing();
