# Delegated configuration (issue 16 item 1, SECURITY.md row 16): with
# AllowOverride All, an .htaccess author (a tenant of shared hosting) cannot
# obtain a session that a part of the site configured in the server's own
# files accepts: not with SetHandler mpin-login and a password file of their
# own, not with SetHandler mpin-authenticate and an RPS of their own.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(nav_headers);

# the tenants' folders: everything may be overridden (AllowOverride takes
# no regular expression, so one section each)
my $tenants = join '', map { qq{<Directory "\@ROOT\@/htdocs/user$_">\n    AllowOverride All\n</Directory>\n} } 1 .. 6;
my $srv = MpinServer->start(secret => 'tenant-test-secret-0123456789abcdef', conf => $tenants . <<'CONF');
# the site's own password login, as an administrator would set it up
<Location /pwlogin>
    SetHandler mpin-login
    MpinLoginMethods password
    MpinPasswordProvider file
    AuthUserFile "@ROOT@/site.htpasswd"
</Location>
# a page of the site the server's files protect
<Location /private>
    AuthType MPin
    Require valid-user
    SetHandler mpin-page
    MpinPageTemplate protected.html
</Location>
CONF
my $root = $srv->root;
my $docs = "$root/htdocs";
system('htpasswd', '-c', '-b', "$root/site.htpasswd", 'admin@example.com', 'the-real-one') == 0 or die;
system('htpasswd', '-c', '-b', "$root/tenant.htpasswd", 'admin@example.com', 'tenant-chose') == 0 or die;
chmod 0644, "$root/site.htpasswd", "$root/tenant.htpasswd";

sub tenant {
    my ($dir, $htaccess) = @_;
    mkdir "$docs/$dir";
    chmod 0755, "$docs/$dir";
    open my $fh, '>', "$docs/$dir/.htaccess" or die;
    print $fh $htaccess;
    close $fh;
    chmod 0644, "$docs/$dir/.htaccess";
}

sub form_login {
    my ($path, $user, $pw) = @_;
    my $page = http(GET => $srv->url($path), undef, Accept => 'text/html');
    my $pre = cookie_from($page, 'mpin_login');
    my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;
    my $r = http(POST => $srv->url($path), "username=$user&password=$pw&csrf_token=" . ($token // ''),
                 'Content-Type' => 'application/x-www-form-urlencoded', Accept => 'text/html',
                 ($pre ? (Cookie => "mpin_login=$pre") : ()));
    return ($page, $r);
}

sub opens_private {
    my ($cookie) = @_;
    return 0 unless $cookie;
    my $r = http(GET => $srv->url('/private'), undef, nav_headers(), Cookie => "mpin_session=$cookie");
    return $r->code == 200 && $r->content =~ /logged in as admin\@example\.com/;
}

# --- the site's own login works (the control)
my (undef, $r) = form_login('/pwlogin', 'admin@example.com', 'the-real-one');
is($r->code, 303, 'the server-configured password login logs admin in');
ok(opens_private(cookie_from($r)), '  and the session opens /private');

# --- the issue's .htaccess, word for word: refused when it is read
tenant('user1', <<"HT");
SetHandler mpin-login
MpinLoginMethods password
MpinPasswordProvider file
AuthUserFile "$root/tenant.htpasswd"
HT
my ($page, $res) = form_login('/user1/login', 'admin@example.com', 'tenant-chose');
is($page->code, 500, 'MpinPasswordProvider in .htaccess: the folder answers 500');
ok(!cookie_from($res), '  and the tenant gets no session cookie');
like($srv->log, qr/MpinPasswordProvider not allowed here/, '  the log names the directive');

# --- only what .htaccess may still say: the handler, the methods and a password file;
# the password providers come from the server's own configuration
tenant('user2', <<"HT");
SetHandler mpin-login
MpinLoginMethods password
AuthUserFile "$root/tenant.htpasswd"
HT
($page, $res) = form_login('/user2/login', 'admin@example.com', 'tenant-chose');
is($page->code, 500, 'SetHandler mpin-login from .htaccess: the login page is refused (500)');
is($res->code, 500, '  so is its POST');
ok(!opens_private(cookie_from($res)), '  no session that opens /private');
like($srv->log, qr/MPIN03301: mpin-login refused: an \.htaccess file in \S+user2\/ is part of/,
     '  the log says why (MPIN03301)');

# --- SetHandler mpin-authenticate with an RPS of the tenant's own
tenant('user3', <<"HT");
SetHandler mpin-authenticate
MpinRpsURL "$ENV{MPIN_DEVRPS_URL}"
HT
$r = pinpad_login(devrps_mint('admin@example.com', 1), path => $srv->url('/user3/auth'), short => 1);
is($r->code, 500, 'MpinRpsURL in .htaccess: 500');
ok(!opens_private(cookie_from($r)), '  no session that opens /private');
like($srv->log, qr/MpinRpsURL not allowed here/, '  the log names the directive');

# --- SetHandler mpin-authenticate alone (the server's RPS): refused all the same
tenant('user4', "SetHandler mpin-authenticate\n");
$r = pinpad_login(devrps_mint('admin@example.com', 1), path => $srv->url('/user4/auth'), short => 1);
is($r->code, 500, 'SetHandler mpin-authenticate from .htaccess: 500');
ok(!opens_private(cookie_from($r)), '  no session');
like($srv->log, qr/MPIN03301: mpin-authenticate refused/, '  MPIN03301');

# --- the same through mod_mime's AddHandler (a handler set another way)
tenant('user5', "AddHandler mpin-authenticate .auth\n");
open my $fh, '>', "$docs/user5/x.auth" or die;
close $fh;
chmod 0644, "$docs/user5/x.auth";
$r = pinpad_login(devrps_mint('admin@example.com', 1), path => $srv->url('/user5/x.auth'), short => 1);
is($r->code, 500, 'AddHandler mpin-authenticate from .htaccess: 500');
ok(!opens_private(cookie_from($r)), '  no session');

# --- what tenants may do: protect their folder with the site's session
tenant('user6', "AuthType MPin\nRequire valid-user\n");
open $fh, '>', "$docs/user6/page.html" or die;
print $fh "TENANT-PAGE\n";
close $fh;
chmod 0644, "$docs/user6/page.html";
my $admin = MpinServer::login_at($srv->url, 'admin@example.com');
$r = http(GET => $srv->url('/user6/page.html'), undef, nav_headers(), Cookie => "mpin_session=$admin");
is($r->code, 200, 'AuthType MPin in .htaccess still protects a tenant folder with the site session');
is(http(GET => $srv->url('/user6/page.html'), undef, nav_headers())->code, 302,
   '  and sends others to the login page');
# and the site's endpoints outside the tenants' folders are untouched
ok(opens_private($admin), 'the server-configured /mpinAuthenticate still logs in');

done_testing();
