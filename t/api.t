# The public mod_mpin_rpa.h: a module of its own (t/modules/mod_mpin_api_test.c,
# built with apxs by t/run) asks mod_mpin_rpa's optional functions for the
# request's M-Pin user, login method and PIN time, and ends the session.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Cwd qw(abs_path);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $so = abs_path('t/modules/mod_mpin_api_test.so');
plan skip_all => "$so is not built (t/run builds it)" unless -f $so;

devrps_reset();
my $srv = MpinServer->start(secret => 'api-session-secret-0123456789abcdef', conf => <<"CONF");
LoadModule mpin_api_test_module "$so"
<Location /api>
    SetHandler mpin-api-test
</Location>
<Location /elsewhere/api>
    SetHandler mpin-api-test
    MpinCookieName other_session
</Location>
CONF

sub api {
    my ($path, $cookie) = @_;
    my $r = http(GET => $srv->url($path), undef,
                 defined $cookie ? (Cookie => "mpin_session=$cookie") : ());
    my %v = $r->content =~ /^(\w+)=(.*)$/mg;
    return ($r, \%v);
}

my ($r, $v) = api('/api');
is($r->code, 200, 'the test module answers');
is_deeply($v, {user => '-', method => '-', pin_age => '-'}, 'no session: no user, no method, no PIN time');

my $cookie = login_at($srv->url, 'alice');
($r, $v) = api('/api', $cookie);
is($v->{user}, 'alice', 'mpin_rpa_user: the session\'s user');
is($v->{method}, 'pinpad', 'mpin_rpa_login_method: pinpad');
like($v->{pin_age}, qr/^\d+$/, 'mpin_rpa_pin_time: the PIN login has a time');
cmp_ok($v->{pin_age}, '<', 600, '  which is the login of a moment ago');

# a phone login (access number) is a PIN entry too
my $phone = cookie_from(http(POST => $srv->url('/mpinAuthenticate'),
                             {mpinResponse => {authOTT => devrps_mint('dave', 1, mobile => 1)}},
                             'Content-Type' => 'application/json'));
($r, $v) = api('/api', $phone);
is($v->{method}, 'mobile', 'mpin_rpa_login_method: mobile for a phone login');
like($v->{pin_age}, qr/^\d+$/, 'mpin_rpa_pin_time: the phone login has a PIN time (the PIN is entered on the phone)');

($r, $v) = api('/elsewhere/api', $cookie);
is($v->{user}, '-', 'a location with another MpinCookieName does not see that session');

($r, $v) = api('/api', 'forged.' . ('A' x 43));
is($v->{user}, '-', 'a forged cookie names no user');

($r, $v) = api('/api?end', $cookie);
is($v->{user}, 'alice', 'mpin_rpa_end_session: the request had alice\'s session');
is($v->{end}, '0', '  which it ended (APR_SUCCESS)');
is($v->{after}, '-', '  and the rest of the request has no user');
like(join("\n", $r->header('Set-Cookie')), qr/mpin_session=;.*Max-Age=0|mpin_session=;.*Expires=Thu, 01 Jan 1970/i,
     '  and the answer clears the cookie');
is(http(GET => $srv->url('/protected'), undef, nav_headers(), Cookie => "mpin_session=$cookie")->code, 302,
   'the ended session no longer opens /protected');
($r, $v) = api('/api?end', $cookie);
isnt($v->{end}, '0', 'ending it again: APR_NOTFOUND');
like($srv->log, qr/MPIN03704: session of user alice ended by another module/, 'the end is logged');

done_testing();
