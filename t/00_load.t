# The module loads into httpd and serves the tutorial's pages.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 4;
Test::More->builder->failure_output(\*STDERR);

my $r = http(GET => '/');
is($r->code, 200, 'GET / answers 200');
like($r->content, qr/Hello\. You are not logged in/, 'the index page of the tutorial');
like($r->content, qr{<a href="/login">login</a>}, 'with a link to /login');
is(http(GET => '/static.html')->code, 200, 'static files are still served');
