# Login CSRF on POST /login (issue 16 item 4): a cookie-planting attacker
# (a sibling subdomain, plain http on the path) chooses the pre-login cookie,
# takes the token the login page hands out for it, and posts the victim's
# browser into the attacker's account from another site.  Refused twice: the
# pre-login value must be one this server signed, and the POST must not say
# it comes from another site (Origin, Sec-Fetch-Site), as /mpinAuthenticate.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(log_offset log_since);
use File::Temp qw(tempdir);

plan tests => 52;
Test::More->builder->failure_output(\*STDERR);

my $SECRET = 'test-session-secret-0123456789abcdef';   # t/conf/extra.conf.in
my $htpasswd = "$ENV{MPIN_T_STAGE}/spool/htpasswd-csrf";
system('htpasswd', '-c', '-m', '-b', $htpasswd, 'mallory', 'attacker pw') == 0 or die 'htpasswd';
chmod 0644, $htpasswd;

sub login_page {
    my (@h) = @_;
    my $r = http(GET => '/csrf/login', undef, Accept => 'text/html', @h);
    my ($token) = $r->content =~ /name="csrf_token" value="([^"]+)"/;
    return ($r, cookie_from($r, 'mpin_login'), $token);
}

sub post_login {
    my ($cookie, $token, @h) = @_;
    return http(POST => '/csrf/login', 'username=mallory&password=attacker+pw&csrf_token=' . url_encode($token // ''),
                'Content-Type' => 'application/x-www-form-urlencoded', Accept => 'text/html',
                (defined $cookie ? (Cookie => $cookie) : ()), @h);
}

sub refused {
    my ($r, $status, $reason, $what) = @_;
    is($r->code, $status, "$what: $status");
    like($r->content, qr/^$status .*\Q$reason\E/m, "  naming why: $reason");
    ok(!cookie_from($r), '  and no session');
}

# --- the pre-login value is signed by the server
my ($page, $pre, $token) = login_page();
like($pre // '', qr/^[A-Za-z0-9_-]{32}\.[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/,
     'the pre-login cookie is <nonce>.<issued>.<tag>');
is(post_login("mpin_login=$pre", $token)->code, 303, 'its token logs in (no Origin: not a browser)');

# --- a planted value of the attacker's choosing
my $planted = 'A' x 32;      # what the cookie looked like before: any 24 bytes
my $off = log_offset();
my ($p2, $pre2, $token2) = login_page(Cookie => "mpin_login=$planted");
ok($pre2 && $pre2 ne $planted, 'the login page does not take a planted value: it sets one of its own');
like(log_since($off), qr/MPIN03452: login page for \S+: the pre-login cookie was not issued by this server/,
     'and logs that it replaced one (info)');
refused(post_login("mpin_login=$planted", $token2), 403, 'the pre-login cookie was not issued by this server',
        'the planted value with the token of that page');
my $forged = substr($pre, 0, 50) . ('A' x 43);
refused(post_login("mpin_login=$forged", $token), 403, 'the pre-login cookie was not issued by this server',
        'a genuine nonce and time with a forged tag');
my $other_key = MpinServer::prelogin_cookie('another-secret-0123456789abcdef-0123', time);
refused(post_login("mpin_login=$other_key", $token), 403, 'the pre-login cookie was not issued by this server',
        'a value signed with another key');
my $old = MpinServer::prelogin_cookie($SECRET, time - 2 * 86400);
refused(post_login("mpin_login=$old", $token), 403, 'the pre-login cookie has expired',
        'a value of this server issued two days ago');
(undef, my $renewed) = login_page(Cookie => "mpin_login=$old");
ok($renewed && $renewed ne $old, '  which the next login page renews');
refused(post_login(undef, $token), 403, 'no pre-login cookie', 'no pre-login cookie at all');
refused(post_login("mpin_login=$pre", 'x' x 43), 403, 'missing or wrong CSRF token', 'a wrong token');
is(post_login("mpin_login=$planted; mpin_login=$pre", $token)->code, 303,
   'a planted value beside the server\'s own does not hide it');

# --- cross-site POSTs, with a genuine pair (what a planter of a value the
# server gave them holds): refused before the form is read
my $site = server_url();
for my $case ([[Origin => 'https://evil.example'], 'Origin is another site', 'Origin https://evil.example'],
              [[Origin => "$site.evil.example"], 'Origin is another site', 'Origin suffix trick'],
              [[Origin => 'null'], 'Origin is another site', 'Origin null'],
              [['Sec-Fetch-Site' => 'cross-site'], 'Sec-Fetch-Site is not same-origin', 'Sec-Fetch-Site cross-site'],
              [['Sec-Fetch-Site' => 'same-site'], 'Sec-Fetch-Site is not same-origin',
               'Sec-Fetch-Site same-site (a sibling subdomain)'],
              [[Origin => $site, 'Sec-Fetch-Site' => 'cross-site'], 'Sec-Fetch-Site is not same-origin',
               'a good Origin does not excuse Sec-Fetch-Site cross-site']) {
    my ($h, $reason, $what) = @$case;
    refused(post_login("mpin_login=$pre", $token, @$h), 403, "cross-site request refused: $reason", $what);
}
$off = log_offset();
post_login("mpin_login=$pre", $token, Origin => 'https://evil.example', 'Sec-Fetch-Site' => 'cross-site');
like(log_since($off), qr/MPIN03450: password login refused: cross-site request \(Sec-Fetch-Site is not same-origin\)/,
     'a cross-site POST is logged with its reason');
is(post_login("mpin_login=$pre", $token, Origin => $site, 'Sec-Fetch-Site' => 'same-origin')->code, 303,
   'the same POST from a page of this site logs in');

# --- the e-mail activation's confirmation form: its POST too
my $act = http(POST => '/mpinActivate', 'i=00', 'Content-Type' => 'application/x-www-form-urlencoded',
               Origin => 'https://evil.example');
is($act->code, 403, 'a cross-site activation POST: 403');
like($act->content, qr/cross-site request refused: Origin is another site/, '  naming why');
is(http(POST => '/mpinActivate', 'i=00', 'Content-Type' => 'application/x-www-form-urlencoded',
        Origin => $site, 'Sec-Fetch-Site' => 'same-origin')->code, 400,
   'from this site it reaches the link check (400: an incomplete link)');

# --- a key rotation ("new old") keeps an open login page working: the
# pre-login value and the page's token of the old key are both accepted;
# a server without the old key refuses them as not its own
my $K1 = 'csrf-rotation-one-0123456789abcdefghij';
my $K2 = 'csrf-rotation-two-0123456789abcdefghij';
my $dir = tempdir(CLEANUP => 1);
chmod 0755, $dir;
system('htpasswd', '-c', '-m', '-b', "$dir/htpasswd", 'mallory', 'attacker pw') == 0 or die 'htpasswd';
chmod 0644, "$dir/htpasswd";
my $pwconf = <<"CONF";
<Location /login>
    MpinLoginMethods password
    MpinPasswordProvider file
    AuthUserFile "$dir/htpasswd"
</Location>
CONF
my %srv = (old      => MpinServer->start(secret => $K1, conf => $pwconf),
           rotating => MpinServer->start(secret => "$K2 $K1", conf => $pwconf),
           new      => MpinServer->start(secret => $K2, conf => $pwconf));
sub post_at {
    my ($srv, $pre, $token) = @_;
    return http(POST => $srv->url('/login'), 'username=mallory&password=attacker+pw&csrf_token=' . url_encode($token),
                'Content-Type' => 'application/x-www-form-urlencoded', Accept => 'text/html',
                Cookie => "mpin_login=$pre");
}
my $k1page = http(GET => $srv{old}->url('/login'), undef, Accept => 'text/html');
my $k1pre = cookie_from($k1page, 'mpin_login');
my ($k1token) = $k1page->content =~ /name="csrf_token" value="([^"]+)"/;
is(post_at($srv{old}, $k1pre, $k1token)->code, 303, 'a K1 server: its own pair logs in');
is(post_at($srv{rotating}, $k1pre, $k1token)->code, 303,
   'a "K2 K1" server: the K1 value with the token of the K1 page logs in');
my $r = http(GET => $srv{rotating}->url('/login'), undef, Accept => 'text/html', Cookie => "mpin_login=$k1pre");
ok(!cookie_from($r, 'mpin_login'), '  and its login page keeps the K1 value');
$r = post_at($srv{new}, $k1pre, $k1token);
is($r->code, 403, 'a K2-only server refuses the K1 value');
like($r->content, qr/the pre-login cookie was not issued by this server/, '  as not its own');
MpinServer::stop_all(values %srv);
