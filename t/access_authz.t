# AuthType MPin with httpd 2.4's authorization: Require user, valid-user,
# <RequireAny>/<RequireAll> with Require ip, AuthType spelled in lower case,
# another AuthType on another location (the MPin hook keeps out of it), and
# MpinAllowedUsers.  Configuration: t/conf/extra.d/access.conf.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Digest::SHA qw(sha1_base64);
use MIME::Base64 qw(encode_base64);
use lib 't/lib';
use MpinTest;
use MpinServer qw(hits nav_headers xhr_headers);

Test::More->builder->failure_output(\*STDERR);

my $BACKEND = 'BACKEND-BODY-7f3a';

# The htpasswd file of the Basic locations ({SHA} is one of mod_authn_file's formats).
my $htpasswd = "$ENV{MPIN_T_STAGE}/spool/access-htpasswd";
open my $fh, '>', $htpasswd or die "$htpasswd: $!";
print $fh 'basicuser:{SHA}' . sha1_base64('basic-pw') . "=\n";
print $fh 'alice:{SHA}' . sha1_base64('alice-basic-pw') . "=\n";
close $fh;
chmod 0644, $htpasswd;
my $BASIC = 'Basic ' . encode_base64('basicuser:basic-pw', '');

devrps_reset();
my %cookie = map { $_ => 'mpin_session=' . login_as($_) } qw(alice bob carol);

sub env_of {
    my $j = json_decode($_[0]->content);
    return $j && ref $j eq 'HASH' ? $j->{env} || {} : {};
}

sub get {
    my ($path, $who, @h) = @_;
    return http(GET => $path, undef, nav_headers(), ($who ? (Cookie => $cookie{$who}) : ()), @h);
}

my $hits0 = hits('env-json');
my $ran = 0;

# Require user alice
my $r = get('/access/authz/alice/env', 'alice');
is($r->code, 200, 'Require user alice: alice gets in');
is(env_of($r)->{REMOTE_USER}, 'alice', '  as alice');
$ran++;
$r = get('/access/authz/alice/env', 'bob');
is($r->code, 403, 'Require user alice: bob is forbidden (AuthzSendForbiddenOnFailure On)');
unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
ok(!defined $r->header('Location'), '  and without a login redirect: bob is logged in');
$r = http(GET => '/access/authz/alice/env', undef, xhr_headers(), Cookie => $cookie{bob});
is($r->code, 403, '  a script request of bob too');
$r = get('/access/authz/alice/env');
is($r->code, 302, 'Require user alice: no session, the login page');
like($r->header('Location'), qr{^/login\?return_to=%2Faccess%2Fauthz%2Falice%2Fenv$}, '  with the way back');
# httpd's own rule without AuthzSendForbiddenOnFailure: 401 to a logged-in user.
$r = get('/access/authz/alice-401/env', 'bob');
is($r->code, 401, 'Require user alice without AuthzSendForbiddenOnFailure: bob gets httpd\'s 401');
unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
is($r->header('WWW-Authenticate'), 'MPin login_url="/login"',
   '  with AuthType MPin\'s challenge (note_auth_failure), as a 401 must have');
$r = http(GET => '/access/authz/alice-401/env', undef, xhr_headers(), Cookie => $cookie{bob});
is($r->code, 401, '  a script request of bob: 401');
is(json_decode($r->content)->{message}, 'Not authorized', '  with the JSON body scripts get');
$r = get('/access/authz/alice-401/env', 'alice');
is($r->code, 200, '  and alice gets in');
$ran++;

# <RequireAny> Require ip (not ours) + Require valid-user
$r = get('/access/authz/any/env');
is($r->code, 302, 'RequireAny(ip elsewhere, valid-user): no session, the login page');
$r = http(GET => '/access/authz/any/env', undef, xhr_headers());
is($r->code, 401, '  a script request: 401');
$r = get('/access/authz/any/env', 'bob');
is($r->code, 200, '  bob gets in through valid-user');
is(env_of($r)->{REMOTE_USER}, 'bob', '  as bob');
$ran++;
# <RequireAny> Require ip (ours) + Require valid-user: the address is enough
$r = get('/access/authz/any-ip/env');
is($r->code, 200, 'RequireAny(ip 127.0.0.1, valid-user): the address is enough');
ok(!defined env_of($r)->{REMOTE_USER}, '  and nobody is logged in');
$ran++;

# <RequireAll> Require ip (ours) + Require valid-user
$r = get('/access/authz/all/env');
is($r->code, 302, 'RequireAll(ip 127.0.0.1, valid-user): no session, the login page');
unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
$r = get('/access/authz/all/env', 'carol');
is($r->code, 200, '  carol gets in');
is(env_of($r)->{REMOTE_USER}, 'carol', '  as carol');
$ran++;
# <RequireAll> Require ip (not ours) + Require valid-user
$r = get('/access/authz/all-elsewhere/env', 'alice');
is($r->code, 403, 'RequireAll(ip elsewhere, valid-user): a session is not enough');
unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');

# AuthType in lower case
$r = get('/access/authz/lower/env');
is($r->code, 302, 'AuthType mpin (lower case): no session, the login page');
$r = get('/access/authz/lower/env', 'alice');
is($r->code, 200, 'AuthType mpin: alice gets in');
is(env_of($r)->{AUTH_TYPE}, 'MPin', '  AUTH_TYPE is MPin');
is(env_of($r)->{REMOTE_USER}, 'alice', '  REMOTE_USER is alice');
$ran++;

# Another AuthType is left alone.
$r = get('/access/authz/basic/env', 'alice');
is($r->code, 401, 'AuthType Basic: an M-Pin session does not open it');
like($r->header('WWW-Authenticate') || '', qr/^Basic realm="basic-realm"/, '  mod_auth_basic asks for a password');
ok(!defined $r->header('Location'), '  no login redirect, though it is a navigation');
unlike(join(',', $r->header('WWW-Authenticate')), qr/MPin/, '  and no MPin challenge');
$r = get('/access/authz/basic/env', undef, Authorization => $BASIC);
is($r->code, 200, 'AuthType Basic: the password opens it');
is(env_of($r)->{REMOTE_USER}, 'basicuser', '  REMOTE_USER is the Basic user');
is(env_of($r)->{AUTH_TYPE}, 'Basic', '  AUTH_TYPE is Basic');
ok(!defined env_of($r)->{MPIN_LOGIN_METHOD}, '  and nothing of the module');
$ran++;
$r = get('/access/authz/basic/env', 'alice', Authorization => $BASIC);
is(env_of($r)->{REMOTE_USER}, 'basicuser', '  with an M-Pin session of alice as well, still the Basic user');
$ran++;
# A Basic user is not an M-Pin user: a page behind Basic that includes a
# path behind MPin does not get the M-Pin content.
$r = http(GET => '/private/open/basic.shtml', undef, Authorization => 'Basic ' . encode_base64('alice:alice-basic-pw', ''));
is($r->code, 200, 'a Basic page with an include behind MPin, for the Basic user alice');
like($r->content, qr/BASIC-SSI-PAGE/, '  the page');
unlike($r->content, qr/PRIVATE-FRAGMENT/, '  without the M-Pin-protected include');
$r = http(GET => '/private/open/basic.shtml', undef, Authorization => 'Basic ' . encode_base64('alice:alice-basic-pw', ''),
          Cookie => $cookie{alice});
like($r->content, qr/PRIVATE-FRAGMENT-61f0/, '  which an M-Pin session of alice opens');

# MpinAllowedUsers applies to sessions too.
$r = get('/access/authz/allowed/env', 'alice');
is($r->code, 200, 'MpinAllowedUsers alice carol: alice gets in');
$ran++;
$r = get('/access/authz/allowed/env', 'carol');
is($r->code, 200, '  carol gets in');
$ran++;
$r = get('/access/authz/allowed/env', 'bob');
is($r->code, 403, '  a session of bob is forbidden');
unlike($r->content, qr/\Q$BACKEND\E/, '  without the backend');
$r = get('/access/authz/allowed-page', 'bob');
is($r->code, 403, '  on a page of the module too');
unlike($r->content, qr/logged in as/, '  which is not shown');
$r = get('/access/authz/allowed-page', 'carol');
is($r->code, 200, '  which carol gets');
like($r->content, qr/You are logged in as carol/, '  for carol');

is(hits('env-json'), $hits0 + $ran, "the CGI ran exactly for the $ran requests let in");

# .htaccess: AuthType MPin and Require work there; MpinUserHeader does not
# (the header is scrubbed before any .htaccess is read, so a name first
# seen there could not be), and says so.
my $srv = MpinServer->start(secret => 'htaccess-test-secret-0123456789abcdef', conf => <<'CONF');
<Directory "@ROOT@/htdocs">
    AllowOverride AuthConfig
</Directory>
CONF
my $docs = $srv->root . '/htdocs';
for my $d (qw(locked header)) {
    mkdir "$docs/$d";
    chmod 0755, "$docs/$d";
    open my $f, '>', "$docs/$d/page.html" or die;
    print $f "<p>HTACCESS-PAGE-$d</p>\n";
    close $f;
}
open $fh, '>', "$docs/locked/.htaccess" or die;
print $fh "AuthType MPin\nRequire user alice\nAuthzSendForbiddenOnFailure On\n";
close $fh;
open $fh, '>', "$docs/header/.htaccess" or die;
print $fh "AuthType MPin\nRequire valid-user\nMpinUserHeader X-Htaccess-User\n";
close $fh;
chmod 0644, glob("$docs/*/.htaccess $docs/*/page.html");
$r = http(GET => $srv->url('/locked/page.html'), undef, nav_headers());
is($r->code, 302, '.htaccess with AuthType MPin: no session, the login page');
is($r->header('Location'), '/login?return_to=%2Flocked%2Fpage.html', '  with the way back');
my $sa = MpinServer::login_at($srv->url, 'alice');
my $sb = MpinServer::login_at($srv->url, 'bob');
$r = http(GET => $srv->url('/locked/page.html'), undef, nav_headers(), Cookie => "mpin_session=$sa");
is($r->code, 200, '.htaccess Require user alice: alice gets in');
like($r->content, qr/HTACCESS-PAGE-locked/, '  the page');
is(http(GET => $srv->url('/locked/page.html'), undef, nav_headers(), Cookie => "mpin_session=$sb")->code, 403,
   '  bob is forbidden');
$r = http(GET => $srv->url('/header/page.html'), undef, nav_headers(), Cookie => "mpin_session=$sa");
is($r->code, 500, '.htaccess with MpinUserHeader: refused (500)');
unlike($r->content, qr/HTACCESS-PAGE/, '  without the page');
like($srv->log, qr/MpinUserHeader not allowed here/, '  and the log says why');

done_testing();
