# The session cookie (security items 4, 6 and 7): forged, truncated,
# re-signed, garbled, huge and duplicated cookies; its attributes and the
# directives that set them; and its binding to the cookie name, path and
# host it was issued for.  Configuration: t/conf/extra.d/access.conf.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use MpinServer qw(raw_request log_offset log_since session_key cookie_tag signed_cookie
    nav_headers xhr_headers);

Test::More->builder->failure_output(\*STDERR);

my $SECRET = 'test-session-secret-0123456789abcdef';    # t/conf/extra.conf.in
my $KEY = session_key($SECRET);
my $OTHER_KEY = session_key('another-secret-of-at-least-32-characters');
my $hostport = Apache::TestRequest::hostport();
my $port = (split /:/, $hostport)[-1];
my $PROTECTED = '/access/cgi/env-json';

devrps_reset();
my ($alice, $login) = MpinServer::login_at(server_url(), 'alice');
my $bob = login_as('bob');

sub user_at {
    my ($cookie_header, $path, @h) = @_;
    my $r = http(GET => $path || $PROTECTED, undef, xhr_headers(), Cookie => $cookie_header, @h);
    return $r->code == 200 ? (json_decode($r->content) || {})->{env}{REMOTE_USER} : $r->code;
}

# ------------------------------------------------ the real cookie, as a model
like($alice, qr/^[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}$/, 'the cookie is <32 base64url>.<43 base64url>');
my ($id, $tag) = split /\./, $alice;
is($tag, cookie_tag($KEY, $id, 'mpin_session'),
   'its tag is HMAC-SHA-256 over "mpin-session|v1|<id>|<name>" with the configured key');
is(user_at("mpin_session=$alice"), 'alice', 'the cookie opens a protected page');

# ------------------------------------------------------------- refusals
my $rnd = sub { my $n = shift; join '', map { ('A' .. 'Z', 'a' .. 'z', 0 .. 9, '-', '_')[rand 64] } 1 .. $n };
(my $flipped = $tag) =~ s/^(.)/$1 eq 'A' ? 'B' : 'A'/e;
my %bad = (
    'random forgery'               => $rnd->(32) . '.' . $rnd->(43),
    'truncated by one'             => substr($alice, 0, -1),
    'the id alone'                 => $id,
    'the id and a dot'             => "$id.",
    'the tag alone'                => $tag,
    'one character of the tag changed' => "$id.$flipped",
    'another id with this tag'     => $rnd->(32) . ".$tag",
    're-signed with another key'   => signed_cookie($OTHER_KEY, $id),
    'signed for another cookie name' => signed_cookie($KEY, $id, 'other_session'),
    'garbled base64 (! and *)'     => "$id." . substr($tag, 0, 40) . '!*!',
    'padded base64'                => "$id.$tag=",
    'standard base64 characters (+ /)' => "$id." . '+/' . substr($tag, 2),
    'extra characters'             => $alice . 'AAAA',
    'extra-long (4000 characters)' => $alice . ('A' x 4000),
    'quoted'                       => qq{"$alice"},
    'empty'                        => '',
    'spaces inside'                => "$id . $tag",
    'upper-cased'                  => uc $alice,
);
my $off = log_offset();
for my $what (sort keys %bad) {
    my $cookie = "mpin_session=$bad{$what}";
    my $r = http(GET => $PROTECTED, undef, xhr_headers(), Cookie => $cookie);
    is($r->code, 401, "$what: a script request gets 401");
    unlike($r->content, qr/BACKEND-BODY/, "$what:   no backend");
    $r = http(GET => $PROTECTED, undef, nav_headers(), Cookie => $cookie);
    is($r->code, 302, "$what: a navigation is sent to the login page");
}
my $log = log_since($off);
my $n108 = () = $log =~ /MPIN01108: session cookie with a bad tag ignored/g;
is($n108, 2 * keys %bad, 'each of them was dropped before the store, for a bad tag (MPIN01108)');
unlike($log, qr/MPIN0110[2345]/, 'no store lookup, record or site refusal was logged for them');
unlike($log, qr/\Q$id\E/, 'and the session id is not in the log');

# A cookie with the right key but an id the store does not know: the tag
# passes, the store says no.
$off = log_offset();
is(user_at('mpin_session=' . signed_cookie($KEY, $rnd->(32))), 401,
   'a correctly signed cookie of an unknown id is refused by the store');
unlike(log_since($off), qr/MPIN01108/, '  after passing the tag check');

# NUL, control characters, thousands of cookies, a 16 KB value: never 200,
# and the server keeps serving.
for my $case (
    ['a NUL inside', "Cookie: mpin_session=$id\0.$tag"],
    ['a NUL after', "Cookie: mpin_session=$alice\0"],
    ['a control character', "Cookie: mpin_session=$id\x01.$tag"],
    ['thousands of cookies (past httpd\'s header limit)', 'Cookie: ' . join('; ', map { "c$_=v$_" } 1 .. 1200)],
    ['1500 cookies (within httpd\'s header limit)', 'Cookie: ' . join('; ', ('x=1') x 1500)],
    ['300 forged session cookies', 'Cookie: ' . join('; ', map { 'mpin_session=' . $rnd->(8) } 1 .. 300)],
    ['300 forged session cookies before the valid one', 'Cookie: ' . join('; ', map { 'mpin_session=' . $rnd->(8) } 1 .. 300) . "; mpin_session=$alice"],
    ['a 16 KB value', 'Cookie: mpin_session=' . ('A' x 16384)],
    ['a 16 KB value after the valid one', "Cookie: mpin_session=$alice; x=" . ('A' x 16384)],
    ['a cookie header of 7 KB', 'Cookie: mpin_session=' . ('A' x 7000)],
) {
    my ($what, $line) = @$case;
    my ($status, $h, $body) = raw_request($port, "GET $PROTECTED HTTP/1.0\nHost: $hostport\nAccept: application/json\n$line\n");
    ok($status && $status != 200, "$what: refused ($status)");
    unlike($body, qr/BACKEND-BODY/, "$what:   without the backend");
    is(http(GET => '/static.html')->code, 200, "$what:   and the server keeps serving");
}

# Duplicates: the one that validates wins.
is(user_at("mpin_session=garbage; mpin_session=$alice"), 'alice',
   'an invalid cookie, then the valid one: the valid one wins');
is(user_at('mpin_session=' . signed_cookie($OTHER_KEY, $id) . "; mpin_session=$alice"), 'alice',
   'a re-signed copy first, then the valid one: the valid one wins');
is(user_at('mpin_session=' . signed_cookie($KEY, $rnd->(32)) . "; mpin_session=$alice"), 'alice',
   'a well-signed unknown id first, then the valid one: the valid one wins');
is(user_at("other=1; mpin_session=$bob; mpin_session=$alice"), 'bob',
   'two valid cookies: the first one wins');
is(user_at(join('; ', map { "mpin_session=junk$_" } 1 .. 20) . "; mpin_session=$alice"), 401,
   'twenty invalid copies before the valid one: only the first eight are looked at');
is(user_at("mpin_session_x=$bob; x_mpin_session=$bob; mpin_session=$alice"), 'alice',
   'cookies whose names merely contain the name are not ours');

# --------------------------------------------------------------- attributes
sub set_cookie_of {
    my ($res, $name) = @_;
    $name ||= 'mpin_session';
    my ($sc) = grep { /^\Q$name\E=/ } $res->header('Set-Cookie');
    return $sc // '';
}
sub attrs {
    my ($sc) = @_;
    my (undef, @a) = split /;\s*/, $sc;
    return { map { my ($k, $v) = split /=/, $_, 2; (lc $k => $v // 1) } @a };
}
my $a = attrs(set_cookie_of($login));
is($a->{path}, '/', 'default cookie: Path=/');
ok($a->{httponly}, 'default cookie: HttpOnly');
is($a->{samesite}, 'Lax', 'default cookie: SameSite=Lax');
ok(!$a->{secure}, 'default cookie: no Secure over http (MpinCookieSecure Auto)');
ok(!exists $a->{domain}, 'default cookie: no Domain');
ok(!exists $a->{expires} && !exists $a->{'max-age'}, 'default cookie: a browser-session cookie');

my %case = (
    strict   => [{samesite => 'Strict', secure => undef}, 'MpinCookieSameSite Strict'],
    none     => [{samesite => 'None', secure => 1}, 'MpinCookieSameSite None forces Secure'],
    secure   => [{samesite => 'Lax', secure => 1}, 'MpinCookieSecure On'],
    insecure => [{samesite => 'Lax', secure => undef}, 'MpinCookieSecure Off'],
    pathed   => [{path => '/sess/pathed'}, 'MpinCookiePath'],
    domain   => [{domain => 'example.test'}, 'MpinCookieDomain'],
);
my %cookie_at;
for my $c (sort keys %case) {
    my ($want, $label) = @{$case{$c}};
    my ($v, $res) = MpinServer::login_at(server_url() . "/sess/$c", 'alice');
    $cookie_at{$c} = $v;
    my $got = attrs(set_cookie_of($res));
    ok($got->{httponly}, "$label: HttpOnly");
    for my $k (sort keys %$want) {
        is($got->{$k}, $want->{$k}, "$label: " . (defined $want->{$k} ? "$k=$want->{$k}" : "no $k"));
    }
    # logging out expires the cookie with the same attributes
    my $out = http(GET => "/sess/$c/logout", undef, Cookie => "mpin_session=$v");
    my $gone = attrs(set_cookie_of($out));
    is($gone->{'max-age'}, '0', "$label: logout expires the cookie");
    for my $k (sort keys %$want) {
        is($gone->{$k}, $want->{$k}, "$label:   with the same $k");
    }
}
my ($named, $named_res) = MpinServer::login_at(server_url() . '/sess/named', 'alice', 'other_session');
ok($named, 'MpinCookieName other_session: the session cookie has that name');
ok(!grep({ /^mpin_session=/ } $named_res->header('Set-Cookie')), '  and no mpin_session cookie is set');

# MpinCookieSecure Auto is on for https (a server whose ServerName says https,
# as behind a proxy that ends TLS), and the cookie then goes by the __Host-
# prefix (t/https_h2.t: the same over real TLS and HTTP/2).
my $tls = MpinServer->start(secret => $SECRET, conf => "ServerName https://127.0.0.1\n");
my ($v, $res) = MpinServer::login_at($tls->url, 'alice', '__Host-mpin_session');
ok(attrs(set_cookie_of($res, '__Host-mpin_session'))->{secure}, 'MpinCookieSecure Auto over https: Secure');
ok($v, '  named __Host-mpin_session');
is(set_cookie_of($res), '', '  and nothing under the plain name');
is(attrs(set_cookie_of($res, '__Host-mpin_session'))->{path}, '/', '  Path=/ (the prefix requires it)');
is(http(GET => $tls->url('/protected'), undef, Cookie => "__Host-mpin_session=$v")->code, 200,
   '  it opens the protected page');
is(http(GET => $tls->url("/protected"), undef, Cookie => "mpin_session=$v")->code, 401,
   '  under the plain name it does not (the tag is bound to the name)');

# ------------------------------------------------------------------ binding
is(user_at("other_session=$named", '/sess/named/env'), 'alice',
   'a cookie of MpinCookieName other_session opens its own location');
is(user_at("mpin_session=$named"), 401, '  but not a location of mpin_session, under that name');
is(user_at("other_session=$named"), 401, '  nor under its own name');
is(user_at("mpin_session=$alice", '/sess/named/env'), 401,
   'an mpin_session cookie does not open a location of other_session');
is(user_at("other_session=$alice", '/sess/named/env'), 401, '  even renamed');

$off = log_offset();
is(user_at("mpin_session=$cookie_at{pathed}", '/sess/pathed/env'), 401,
   'a logged-out cookie of /sess/pathed is dead');
my ($pathed) = MpinServer::login_at(server_url() . '/sess/pathed', 'alice');
is(user_at("mpin_session=$pathed", '/sess/pathed/env'), 'alice',
   'a cookie of MpinCookiePath /sess/pathed opens its own location');
$off = log_offset();
is(user_at("mpin_session=$pathed"), 401, '  but not a location of Path=/');
like(log_since($off), qr/MPIN01104: session of user alice refused: issued for another site/,
     '  refused as issued for another site');
is(user_at("mpin_session=$alice", '/sess/pathed/env'), 401,
   'a cookie of Path=/ does not open a location of /sess/pathed');

my ($domain) = MpinServer::login_at(server_url() . '/sess/domain', 'alice');
is(user_at("mpin_session=$domain", '/sess/domain/env'), 'alice',
   'a cookie of MpinCookieDomain opens its own location');
is(user_at("mpin_session=$domain"), 401, '  but not a location without that domain');

$off = log_offset();
is(user_at("mpin_session=$alice", undef, Host => "127.0.0.1:$port"), 401,
   'a session issued for localhost is refused with Host: 127.0.0.1');
like(log_since($off), qr/MPIN01104: session of user alice refused: issued for another site \(localhost\)/,
     '  as issued for another site');
is(user_at("mpin_session=$alice", undef, Host => "LocalHost:$port"), 'alice',
   '  and accepted with Host: LocalHost (host names have no case)');
is(user_at("mpin_session=$alice"), 'alice', 'the refusals did not end the session');

is(http(GET => '/static.html')->code, 200, 'the server still serves');
done_testing();
