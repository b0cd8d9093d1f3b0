# Security items 6 and 11: no secret is ever written to the error log, even
# at LogLevel trace8: not the session id, the cookie value, the authOTT,
# the logout token nor the password.  A PIN login, a failed PIN login, a
# password login, a failed one, a protected page and a logout, then a search.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 12;
Test::More->builder->failure_output(\*STDERR);

my $password = 'Sekr1t-' . random_hex(12);
system('htpasswd', '-c', '-B', '-b', "$ENV{MPIN_T_STAGE}/spool/htpasswd-sec", 'sec', $password) == 0
    or die 'htpasswd';
chmod 0644, "$ENV{MPIN_T_STAGE}/spool/htpasswd-sec";
devrps_reset();

# a PIN login
my $ott = devrps_mint('secret-user@example.com', 1);
my $r = http(POST => '/sec/mpinAuthenticate', {mpinResponse => {authOTT => $ott}});
is($r->code, 200, 'PIN login');
my $cookie = cookie_from($r);
my ($session_id) = split /\./, $cookie;
is(http(GET => '/sec/protected', undef, Cookie => "mpin_session=$cookie")->code, 200, 'protected page');
my ($logout_token) = map { json_decode($_->{body})->{logoutData}{sessionToken} }
                     grep { $_->{path} eq '/loginResult' } @{ devrps_log() };
ok($logout_token, 'the logout token sent to the RPS');

# a failed PIN login, and a replay
my $bad_ott = devrps_mint('secret-user@example.com', 0);
is(http(POST => '/sec/mpinAuthenticate', {mpinResponse => {authOTT => $bad_ott}})->code, 401, 'failed PIN login');
is(http(POST => '/sec/mpinAuthenticate', {mpinResponse => {authOTT => $ott}})->code, 408, 'replayed authOTT');

# a password login and a failed one
my $page = http(GET => '/sec/login', undef, Accept => 'text/html');
my $pre = cookie_from($page, 'mpin_login');
my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;
my $form = "username=sec&password=" . url_encode($password) . "&csrf_token=$token";
$r = http(POST => '/sec/login', $form, 'Content-Type' => 'application/x-www-form-urlencoded',
          Cookie => "mpin_login=$pre");
is($r->code, 303, 'password login');
my $pw_cookie = cookie_from($r);
http(POST => '/sec/login', "username=sec&password=wrong-$password&csrf_token=$token",
     'Content-Type' => 'application/x-www-form-urlencoded', Cookie => "mpin_login=$pre");

# logout
is(http(GET => '/sec/logout', undef, Cookie => "mpin_session=$cookie")->code, 302, 'logout');

my $log = do { local $/; open my $fh, '<', 't/logs/error_log' or die; <$fh> };
like($log, qr/trace8|trace\d/, 'the log was written at trace level');
my %secrets = (
    'session id' => $session_id, 'cookie value' => $cookie, 'authOTT' => $ott,
    'failed authOTT' => $bad_ott, 'password' => $password,
);
my @found = grep { index($log, $secrets{$_}) >= 0 } sort keys %secrets;
is("@found", '', 'none of the session id, cookie, authOTTs and password appear in the error log');
ok(index($log, (split /\./, $pw_cookie)[0]) < 0, 'nor the password session\'s id');
ok(index($log, $logout_token) < 0, 'nor the logout token');
ok(index($log, $pre) < 0, 'nor the pre-login cookie');
