# The /rps proxy relays only what the protocol uses (security row 7): a JSON
# body, plain text for an error, or nothing; an HTML page from the RPS is a
# 502, every answer says nosniff with a Content-Security-Policy, and the
# RPS's WWW-Authenticate never reaches the browser (a Basic challenge would
# make it ask for a password on this origin).  The hostile answers come
# from the development RPS's raw fault.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $path = '/rps/getAccessNumber';

sub hostile {
    my (%f) = @_;
    devrps(DELETE => '/__dev/fault');
    devrps_fault(path => $path, mode => 'raw', count => 1, %f);
    return http(POST => $path, '{}', 'Content-Type' => 'application/json');
}

sub safe_headers {
    my ($r, $label) = @_;
    is($r->header('X-Content-Type-Options'), 'nosniff', "$label: nosniff");
    like($r->header('Content-Security-Policy') // '', qr/default-src 'none'.*frame-ancestors 'none'/,
         "$label: a Content-Security-Policy that runs and frames nothing");
    ok(!defined $r->header('WWW-Authenticate'), "$label: no WWW-Authenticate");
}

my $script = '<html><script>alert(document.cookie)</script></html>';
my $r = hostile(status => 200, contentType => 'text/html; charset=UTF-8', body => $script);
is($r->code, 502, 'an HTML page from the RPS: 502');
unlike($r->content, qr/<script>/, '  none of it relayed');
like($r->content, qr/content type/i, '  with a short reason');
safe_headers($r, 'HTML');

$r = hostile(status => 200, contentType => 'text/plain', body => $script);
is($r->code, 502, 'plain text on a success: 502');
$r = hostile(status => 500, contentType => 'application/xml', body => '<x/>');
is($r->code, 502, 'XML on an error: 502');
$r = hostile(status => 200, contentType => 'application/jsonp', body => '{}');
is($r->code, 502, 'a type that only starts like JSON: 502');
$r = hostile(status => 200, contentType => 'none', body => '{"a":1}');
is($r->code, 502, 'no usable Content-Type with a body: 502');

$r = hostile(status => 401, contentType => 'text/plain', body => 'Unauthorized',
             headers => {'WWW-Authenticate' => 'Basic realm="rps"'});
is($r->code, 401, 'a 401 with a Basic challenge: the status is relayed (the clients read it)');
is($r->content, 'Unauthorized', '  with its plain-text body');
safe_headers($r, '401 Basic');

$r = hostile(status => 401, contentType => 'text/html; charset=UTF-8', body => '',
             headers => {'WWW-Authenticate' => 'Authenticate'});
is($r->code, 401, "the RPS's own empty 401 (Tornado says text/html): relayed");
is($r->content, '', '  empty');
unlike($r->header('Content-Type') // '', qr/html/, '  not labelled HTML');
safe_headers($r, 'empty 401');

$r = hostile(status => 200, contentType => 'application/json; charset=UTF-8', body => '{"accessNumber":"1"}',
             headers => {'WWW-Authenticate' => 'Basic realm="rps"'});
is($r->code, 200, 'JSON: relayed');
is($r->content, '{"accessNumber":"1"}', '  as it came');
like($r->header('Content-Type'), qr{^application/json}, '  as JSON');
safe_headers($r, 'JSON');

# the real RPS through the proxy still works, with the same headers
devrps(DELETE => '/__dev/fault');
$r = http(GET => '/rps/clientSettings');
is($r->code, 200, 'clientSettings: 200');
safe_headers($r, 'clientSettings');
$r = http(GET => '/rps/authenticate/nope');
safe_headers($r, 'a refused path');

done_testing();
