# HTTPS and HTTP/2 (issue 16 item 10): a server of its own with an https
# virtual host (mod_ssl, mod_http2: Protocols h2 http/1.1; a certificate made
# when it starts) beside its plain http listener, one site on both schemes;
# curl --http2 is the browser.  The PIN login, the password login, a
# protected page and the logout over h2, with Secure cookies under the
# __Host- prefix (issue 16 item 4: a cookie planted under the plain name,
# from http or a sibling subdomain, is never read on https); and the
# keep-alive session reuse (src/session/connection_note.c), which HTTP/2
# streams do not get: every stream is checked against the store, so a logout
# on one stream is seen by the next one on the same connection.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(curl_h2 curl_h2_parallel);

Test::More->builder->failure_output(\*STDERR);

my $NOTE = qr/reused from this connection's note/;
my $srv = MpinServer->start(tls => 1, secret => 'h2-session-secret-0123456789abcdef', conf => <<'CONF');
LogLevel info mpin_rpa:trace1
<Location /pw/login>
    SetHandler mpin-login
    MpinLoginMethods password pinpad
    MpinPasswordProvider file
    AuthUserFile "@ROOT@/htpasswd"
    MpinSuccessURL /protected
</Location>
CONF
system('htpasswd', '-c', '-b', '-B', $srv->root . '/htpasswd', 'h2user', 'pw of h2') == 0 or die 'htpasswd';
chmod 0644, $srv->root . '/htpasswd';
devrps_reset();

my $SESSION = '__Host-mpin_session';
my $PRELOGIN = '__Host-mpin_login';

sub cookie_value { my ($r, $name) = @_; ($r->{cookies}{$name} // '') =~ /^[^=]+=([^;]*)/ ? $1 : undef }
sub user_of { my $r = shift; $r->{code} == 200 && $r->{body} =~ /You are logged in as (\S+?)</ ? $1 : $r->{code} }
sub protected { my ($cookie, %o) = @_; {path => '/protected', headers => [Accept => 'text/html',
                                        Cookie => "$SESSION=$cookie"], %o} }
sub notes_since { my $from = shift; my @n = substr($srv->log, $from) =~ /$NOTE/g; scalar @n }

sub pin_login {
    my ($user, $path, @h) = @_;
    return curl_h2($srv, {path => $path || '/mpinAuthenticate', method => 'POST',
                          headers => ['Content-Type' => 'application/json', @h],
                          body => json_encode({mpinResponse => {authOTT => devrps_mint($user, 1)}})});
}

# ------------------------------------------------------------- the PIN login
my ($login) = pin_login('pin@example.com');
is($login->{version}, '2', 'the PIN login goes over HTTP/2');
is($login->{code}, 200, '  and is accepted');
my $pin = cookie_value($login, $SESSION);
ok($pin, '  with a session cookie named __Host-mpin_session');
ok(!exists $login->{cookies}{mpin_session}, '  and none under the plain name');
my $set = $login->{cookies}{$SESSION} // '';
like($set, qr/; Secure(;|$)/, '  marked Secure');
like($set, qr/; HttpOnly(;|$)/, '  and HttpOnly');
like($set, qr/; Path=\/(;|$)/, '  for Path=/');
unlike($set, qr/Domain=/i, '  without a Domain');

my ($page) = curl_h2($srv, protected($pin));
is($page->{version}, '2', 'the protected page over HTTP/2');
is(user_of($page), 'pin@example.com', '  opens for the PIN session');

# ------------------------------------------------------- the password login
my ($form) = curl_h2($srv, {path => '/pw/login', headers => [Accept => 'text/html']});
is($form->{code}, 200, 'the password form over HTTP/2');
my $pre = cookie_value($form, $PRELOGIN);
ok($pre, '  sets the pre-login cookie, named __Host-mpin_login');
like($form->{cookies}{$PRELOGIN} // '', qr/; Path=\/(;|$)/, '  for Path=/');
unlike($form->{cookies}{$PRELOGIN} // '', qr/Domain=/i, '  without a Domain');
like($form->{cookies}{$PRELOGIN} // '', qr/; Secure(;|$)/, '  marked Secure');
my ($token) = $form->{body} =~ /name="csrf_token" value="([^"]+)"/;
ok($token, '  and the form carries its token');
my ($pw) = curl_h2($srv, {path => '/pw/login', method => 'POST',
                          headers => ['Content-Type' => 'application/x-www-form-urlencoded',
                                      Accept => 'text/html', Cookie => "$PRELOGIN=$pre",
                                      Origin => $srv->tls_url, 'Sec-Fetch-Site' => 'same-origin'],
                          body => "username=h2user&password=pw+of+h2&csrf_token=$token"});
is($pw->{version}, '2', 'the password login over HTTP/2');
is($pw->{code}, 303, '  logs in');
my $pwc = cookie_value($pw, $SESSION);
ok($pwc, '  with a session cookie');
like($pw->{cookies}{$SESSION} // '', qr/; Secure(;|$)/, '  marked Secure');
is(user_of((curl_h2($srv, protected($pwc)))[0]), 'h2user', '  which opens the protected page');
# the same site over plain http hands out pre-login values under the plain
# name: one planted on https is not read there
my $http_form = http(GET => $srv->url('/pw/login'), undef, Accept => 'text/html');
my $http_pre = cookie_from($http_form, 'mpin_login');
my ($http_token) = $http_form->content =~ /name="csrf_token" value="([^"]+)"/;
ok($http_pre && $http_token, 'over http the same site gives a plain mpin_login and its token');
my ($plain_form) = curl_h2($srv, {path => '/pw/login', method => 'POST',
                                  headers => ['Content-Type' => 'application/x-www-form-urlencoded',
                                              Accept => 'text/html', Cookie => "mpin_login=$http_pre"],
                                  body => "username=h2user&password=pw+of+h2&csrf_token=$http_token"});
is($plain_form->{code}, 403, '  planted on https with its token: 403');

# ------------------------------------------- the plain name on https
# A session issued over http on the same host (an attacker's own, planted in
# a victim's browser; or one from before the prefix) is not read on https.
my $plain = MpinServer::login_at($srv->url, 'attacker@example.com');
ok($plain, 'a PIN login over http on the same host: a plain mpin_session');
is(http(GET => $srv->url('/protected'), undef, Cookie => "mpin_session=$plain")->code, 200,
   '  which opens the protected page over http');
is(http(GET => $srv->url('/protected'), undef, Cookie => "mpin_session=$pin; $SESSION=$pin")->code, 401,
   '  where a __Host- value opens nothing, under either name');
my $from = length $srv->log;
my @planted = curl_h2($srv, {path => '/protected', headers => [Accept => 'text/html', Cookie => "mpin_session=$plain"]},
                      {path => '/protected', headers => [Accept => 'text/html',
                                                         Cookie => "mpin_session=$plain; $SESSION=$pin"]},
                      {path => '/protected', headers => [Accept => 'text/html',
                                                         Cookie => "$SESSION=$pin; mpin_session=$plain"]},
                      {path => '/protected', headers => [Accept => 'text/html', Cookie => "$SESSION=$plain"]},
                      {path => '/protected', headers => [Accept => 'text/html', Cookie => "mpin_session=$pin"]});
is($planted[0]{code}, 302, '  alone it does not open the protected page on https');
like(substr($srv->log, $from), qr/MPIN03800: cookie mpin_session ignored: on https the session cookie is __Host-mpin_session/,
     '  logged at debug (MPIN03800)');
is(user_of($planted[1]), 'pin@example.com', '  before the __Host- cookie: the __Host- one decides');
is(user_of($planted[2]), 'pin@example.com', '  after it: the same');
is($planted[3]{code}, 302, '  its value under the __Host- name: refused (the tag is bound to the name)');
is($planted[4]{code}, 302, 'a __Host- value under the plain name: refused');
my ($relogin) = pin_login('pin@example.com', undef, Cookie => "mpin_session=$plain");
ok(cookie_value($relogin, $SESSION), 'a login on https with the plain cookie present');
like($relogin->{cookies}{mpin_session} // '', qr/^mpin_session=;.*Max-Age=0/,
     '  expires the plain one, so that the browser stops sending it');

# ------------------------------------------ streams of one h2 connection
# Five requests one after the other on one connection: five streams, each
# checked against the store (no note), all answered for the user.
$from = length $srv->log;
my @five = curl_h2($srv, map { protected($pin) } 1 .. 5);
is(join(',', map { $_->{version} } @five), '2,2,2,2,2', 'five requests over HTTP/2');
is(join(',', map { $_->{connects} } @five), '1,0,0,0,0', '  on one connection (the last four reuse it)');
is(join(',', map { user_of($_) } @five), join(',', ('pin@example.com') x 5), '  each for the user');
is(notes_since($from), 0, '  none of the streams used a note of the connection: each checked the store');

# The same over HTTP/1.1 on one TLS connection: the note is used (so the
# count above would have seen it).
$from = length $srv->log;
my @h1 = curl_h2($srv, map { protected($pin, http1 => 1) } 1 .. 3);
is(join(',', map { "$_->{version}/$_->{connects}" } @h1), '1.1/1,1.1/0,1.1/0',
   'HTTP/1.1 over TLS: three requests on one keep-alive connection');
is(join(',', map { user_of($_) } @h1), join(',', ('pin@example.com') x 3), '  each for the user');
is(notes_since($from), 2, '  the last two reuse the note the first one took (the control)');

# Many streams at once on one connection, two sessions mixed: each stream
# gets its own user.
my @mixed = curl_h2_parallel($srv, map { protected($_ % 2 ? $pin : $pwc) } 1 .. 12);
is(scalar(grep { $_->{version} eq '2' } @mixed), 12, 'twelve streams in parallel over HTTP/2');
is(join(',', map { user_of($_) } @mixed), join(',', map { $_ % 2 ? 'pin@example.com' : 'h2user' } 1 .. 12),
   '  two sessions mixed: each stream answered for its own');
cmp_ok(scalar(grep { $_->{connects} } @mixed), '<', 12, '  sharing connections');

# A logout on one stream is seen by the next stream of the same connection,
# and a forged cookie on a stream between two good ones is refused.
my $forged = substr($pwc, 0, -2) . (substr($pwc, -2, 1) eq 'A' ? 'B' : 'A') . substr($pwc, -1);
my @seq = curl_h2($srv, protected($pwc), protected($forged), protected($pwc),
                  {path => '/logout', headers => [Accept => 'text/html', Cookie => "$SESSION=$pwc"]},
                  protected($pwc), protected($pin));
is(join(',', map { $_->{connects} } @seq), '1,0,0,0,0,0', 'six requests on one h2 connection');
is(user_of($seq[0]), 'h2user', '  the password session opens the page');
is($seq[1]{code}, 302, '  a forged cookie on the next stream: sent to log in');
is(user_of($seq[2]), 'h2user', '  the good cookie again');
is($seq[3]{code}, 302, '  the logout over HTTP/2 redirects');
like($seq[3]{cookies}{$SESSION} // '', qr/^\Q$SESSION\E=;.*Max-Age=0.*; Secure(;|$)/,
     '  and clears the cookie, under its own name and Secure');
is($seq[4]{code}, 302, '  the next stream on the same connection no longer gets in');
is(user_of($seq[5]), 'pin@example.com', '  another session on it still does');

# Logout on one connection, the session used on another one that stays open.
my @other = curl_h2($srv, protected($pin), {path => '/logout', headers => [Cookie => "$SESSION=$pin"]},
                    protected($pin));
is(join(',', map { $_->{code} } @other), '200,302,302', 'PIN session: page, logout, page on one connection');

done_testing();
