# Security item 14: requests that are not browser navigations (XHR, fetch,
# API clients) get 401 with a short JSON body, never a redirect, an HTML
# page or a cookie; navigations are sent to the login page.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

my @api = (
    ['X-Requested-With: XMLHttpRequest', 'X-Requested-With' => 'XMLHttpRequest', Accept => 'text/html'],
    ['Sec-Fetch-Mode: cors', 'Sec-Fetch-Mode' => 'cors', Accept => 'text/html'],
    ['Sec-Fetch-Mode: no-cors', 'Sec-Fetch-Mode' => 'no-cors', Accept => '*/*'],
    ['Accept: application/json', Accept => 'application/json'],
    ['no Accept at all'],
);
plan tests => 5 * @api + 3;
Test::More->builder->failure_output(\*STDERR);

for my $case (@api) {
    my ($name, @headers) = @$case;
    my $r = http(GET => '/protected', undef, @headers);
    is($r->code, 401, "$name: 401");
    is($r->header('Content-Type'), 'application/json', '  with a JSON body');
    is(json_decode($r->content)->{status}, 401, '  that says 401') or diag($r->content);
    ok(!$r->header('Location'), '  no redirect');
    ok(!$r->header('Set-Cookie'), '  no cookie');
}
my $nav = http(GET => '/protected', undef, Accept => 'text/html,application/xhtml+xml', 'Sec-Fetch-Mode' => 'navigate');
is($nav->code, 302, 'a navigation is redirected');
is($nav->header('Location'), '/login?return_to=%2Fprotected', 'to the login page, coming back here');
is(http(POST => '/protected', 'x', Accept => 'text/html')->code, 401, 'a POST is not a navigation: 401');
