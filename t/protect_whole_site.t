# The whole site protected in its document root's <Directory> (as an
# administrator protects "everything"): the module's own public endpoints
# (the login page, the PIN pad's POST, the RPS proxy, the mobile app,
# logout, activation) must stay reachable without a session, or nobody
# could ever log in; everything else asks for one.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers xhr_headers);

plan tests => 12;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $srv = MpinServer->start(secret => 'whole-site-secret-0123456789abcdef', conf => <<'CONF');
<Directory "@ROOT@/htdocs">
    AuthType MPin
    Require valid-user
</Directory>
CONF
open my $fh, '>', $srv->root . '/htdocs/page.html' or die $!;
print $fh "<p>private</p>\n";
close $fh;
my $base = $srv->url;

my $r = http(GET => "$base/page.html", undef, xhr_headers());
is($r->code, 401, 'a page of the site without a session: 401 to a script');
$r = http(GET => "$base/page.html", undef, nav_headers());
is($r->code, 302, '  and a redirect for a browser');
like($r->header('Location') // '', qr{^/login\?return_to=}, '  to the login page');

$r = http(GET => "$base/login", undef, nav_headers());
is($r->code, 200, 'the login page is served without a session');
like($r->content, qr/mpinAuthenticate|pinpad/i, '  and it is the PIN pad page');

$r = http(GET => "$base/rps/clientSettings", undef, xhr_headers());
is($r->code, 200, 'the RPS proxy answers without a session');

my $cookie = eval { login_at($base, 'whole@example.com') };
ok($cookie, 'the PIN pad\'s POST logs in') or diag $@;

$r = http(GET => "$base/page.html", undef, 'Cookie' => "mpin_session=$cookie");
is($r->code, 200, 'the page with the session: 200');
like($r->content, qr/private/, '  its content');

$r = http(GET => "$base/logout", undef, nav_headers(), 'Cookie' => "mpin_session=$cookie");
is($r->code, 302, 'logout is reachable');
$r = http(GET => "$base/page.html", undef, xhr_headers(), 'Cookie' => "mpin_session=$cookie");
is($r->code, 401, '  and the session is over');

$r = http(GET => "$base/logout", undef, nav_headers());
is($r->code, 302, 'logout without a session redirects too (no login loop)');
