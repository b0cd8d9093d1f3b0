# Several Cookie header fields (issue 16 item 5): over HTTP/1.1 httpd joins
# them with ", " (h2's crumbs come joined with "; "); the session and the
# pre-login state are read from every field.  Raw sockets, since LWP would
# fold the two lines into one.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use MpinServer qw(raw_request login_at curl_h2);

my ($host, $port) = Apache::TestRequest::hostport() =~ /^(.*):(\d+)$/;
my $session = login_as('two-fields@example.com');

sub get_protected {
    my (@cookie_lines) = @_;
    my $head = "GET /protected HTTP/1.1\nHost: $host:$port\nAccept: text/html\n"
             . join('', map { "$_\n" } @cookie_lines);
    my ($status, undef, $body) = raw_request($port, $head);
    return ($status, $body);
}

my ($st, $body) = get_protected("Cookie: mpin_session=$session");
is($st, 200, 'one Cookie field (the control)');
($st, $body) = get_protected('Cookie: a=1', "Cookie: mpin_session=$session");
is($st, 200, 'two Cookie fields, the session in the second: 200');
like($body, qr/logged in as two-fields\@example\.com/, '  as the user');
($st) = get_protected("Cookie: mpin_session=$session", 'Cookie: a=1; b=2');
is($st, 200, 'the session in the first of two fields');
($st) = get_protected('Cookie: a=1', 'Cookie: b=2', "Cookie: c=3; mpin_session=$session; d=4");
is($st, 200, 'three fields, the session among others in the third');
($st) = get_protected('Cookie: a=1', "Cookie: mpin_session=x$session");
is($st, 302, 'a bad session in the second field still does not log in');
# what a browser sends is one field; a comma inside a value is not a separator
# then (a sibling subdomain could plant "a=x, mpin_session=...")
($st) = get_protected("Cookie: a=1, mpin_session=$session", 'Sec-Fetch-Site: same-origin');
is($st, 302, 'a browser request (Sec-Fetch-Site): a comma does not start a cookie');

# --- the pre-login state of the password form, in a second field
system('htpasswd', '-c', '-b', "$ENV{MPIN_T_STAGE}/spool/htpasswd", 'fields', 'pw-of-fields') == 0 or die;
chmod 0644, "$ENV{MPIN_T_STAGE}/spool/htpasswd";
my $page = http(GET => '/pw/login', undef, Accept => 'text/html');
my ($pre_name, $pre) = map { /^((?:__Host-)?mpin_login)=([^;]+)/ ? ($1, $2) : () } $page->header('Set-Cookie');
my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;
ok($pre && $token, 'the login page gives a pre-login cookie and a token');
my $form = "username=fields&password=pw-of-fields&csrf_token=$token";
my ($status, $headers) = raw_request($port, "POST /pw/login HTTP/1.1\nHost: $host:$port\n"
    . "Content-Type: application/x-www-form-urlencoded\nContent-Length: " . length($form) . "\n"
    . "Accept: text/html\nCookie: a=1\nCookie: $pre_name=$pre", $form);
is($status, 303, 'the password login reads the pre-login cookie from the second field');
ok((grep { /^mpin_session=|^__Host-mpin_session=/ } @{ $headers->{'set-cookie'} || [] }), '  and logs in');

# --- the same over HTTP/2 (a server with mod_http2 of its own): curl sends
# each -H Cookie as a header field of its own, which mod_http2 joins with "; "
my $h2 = MpinServer->start(tls => 1, secret => 'fields-h2-secret-0123456789abcdef');
my ($ok) = curl_h2($h2, {path => '/mpinAuthenticate', method => 'POST',
                         headers => ['Content-Type' => 'application/json'],
                         body => json_encode({mpinResponse => {authOTT => devrps_mint('h2-fields@example.com', 1)}})});
my ($h2_name, $h2_session) = map { /^((?:__Host-)?mpin_session)=([^;]+)/ ? ($1, $2) : () }
    @{ $ok->{headers}{'set-cookie'} || [] };
ok($h2_session, 'h2: logged in');
my @h2 = curl_h2($h2, map { {path => '/protected', headers => [Accept => 'text/html', map { (Cookie => $_) } @$_]} }
                 ["$h2_name=$h2_session"], ['a=1', "$h2_name=$h2_session"], ["$h2_name=$h2_session", 'a=1; b=2'],
                 ['a=1', 'b=2', "c=3; $h2_name=$h2_session; d=4"], ['a=1', "$h2_name=x$h2_session"]);
is(join(',', map { $_->{version} } @h2), '2,2,2,2,2', 'h2: five requests over HTTP/2');
is($h2[0]{code}, 200, 'h2: one Cookie field (the control)');
is($h2[1]{code}, 200, 'h2: two Cookie fields, the session in the second: 200');
like($h2[1]{body}, qr/logged in as h2-fields\@example\.com/, '  as the user');
is($h2[2]{code}, 200, 'h2: the session in the first of two fields');
is($h2[3]{code}, 200, 'h2: three fields, the session among others in the third');
is($h2[4]{code}, 302, 'h2: a bad session in the second field still does not log in');

done_testing();
