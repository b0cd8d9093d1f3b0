# The module's own cookies do not reach backends (security row 20): a
# ProxyPass backend and a CGI, protected or not, get every other cookie
# byte for byte but not the session cookie nor the pre-login (CSRF) cookie;
# MpinStripCookies Off hands them on; the module's own handlers still
# read them.  Configuration: t/conf/extra.d/access.conf and
# t/conf/mpin_access.conf.in.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use MpinServer qw(raw_request nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $port = (split /:/, Apache::TestRequest::hostport())[-1];

devrps_reset();
my $alice = login_as('alice');
ok($alice, 'alice is logged in');
my $prelogin = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
# other cookies with the separators and blanks a browser or a script may send
my $before = 'theme=dark;  lang="en, fr"';
my $after = 'csrftoken=q==; x-y=%20z';
my $cookie = "$before; mpin_session=$alice; mpin_login=$prelogin; $after";

sub cookie_seen {
    my ($res) = @_;
    my $j = json_decode($res->content);
    return undef unless $j && ref $j eq 'HASH';
    return $j->{env}{HTTP_COOKIE};
}

my %paths = (
    'protected CGI'      => '/access/cgi/env-json',
    'protected backend'  => '/access/proxied/page',
    'open CGI'           => '/cgi-bin/env-json',
    'open backend'       => '/access/open-proxied/page',
);
for my $kind (sort keys %paths) {
    my $r = http(GET => $paths{$kind}, undef, Cookie => $cookie);
    is($r->code, 200, "$kind: 200 with the session");
    my $seen = cookie_seen($r);
    is($seen, "$before; $after", "$kind: sees the other cookies, byte for byte, not ours");
    unlike($seen // '', qr/\Q$alice\E|mpin_session|mpin_login/, "$kind: no trace of our cookies");
}

# only our cookies: the backend gets no Cookie header at all
my $r = http(GET => '/access/cgi/env-json', undef, Cookie => "mpin_session=$alice");
is($r->code, 200, 'the session alone opens the CGI');
ok(!defined cookie_seen($r), 'and the CGI gets no HTTP_COOKIE');

# two Cookie lines (httpd joins them with ", "), and our cookie first; at
# an open backend: reading the session from several lines is row 5's
for my $lines (["Cookie: $before", "Cookie: mpin_session=$alice; $after"],
               ["Cookie: mpin_session=$alice", "Cookie: $before; $after"]) {
    my ($status, $h, $body) = raw_request($port, join("\r\n", "GET /access/open-proxied/two HTTP/1.0",
                                                      "Host: 127.0.0.1:$port", @$lines));
    is($status, 200, "two Cookie lines ($lines->[0]): 200");
    my $j = json_decode($body);
    my $seen = $j ? $j->{env}{HTTP_COOKIE} // '' : '';
    unlike($seen, qr/mpin_session|\Q$alice\E/, '  the backend does not get the session cookie');
    like($seen, qr/theme=dark/, '  but gets the others') and like($seen, qr/csrftoken=q==/, '  all of them');
}

# MpinStripCookies Off: the backend and the CGI get them
for my $path ('/access/keepcookies/env-json', '/access/proxied-keep/page') {
    $r = http(GET => $path, undef, Cookie => $cookie);
    is($r->code, 200, "$path (MpinStripCookies Off): 200");
    is(cookie_seen($r), $cookie, '  the Cookie header is handed on as it came');
}

# the module's own handlers still read them: the password form's CSRF pair
# (the pre-login cookie), then logout ends the session the cookie names
$r = http(GET => '/login', undef, nav_headers(), Cookie => "$before; mpin_session=$alice");
is($r->code, 200, 'the login page answers');
$r = http(GET => '/access/cgi/env-json', undef, Cookie => "mpin_session=$alice");
is($r->code, 200, 'the session still works after backends were called');
$r = http(GET => '/logout', undef, Cookie => "$before; mpin_session=$alice");
ok($r->code == 302 || $r->code == 200, 'logout answers');
$r = http(GET => '/access/cgi/env-json', undef, Cookie => "mpin_session=$alice");
is($r->code, 401, 'logout saw the cookie: the session is over');

done_testing();
