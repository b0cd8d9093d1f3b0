# mpin-verify (POST /mpinVerify): the RPS's registration callback, alone and
# driven by a registration through the development RPS.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestUtil qw(t_start_error_log_watch t_finish_error_log_watch);
use lib 't/lib';
use MpinTest;

plan tests => 16;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();

# What the real RPS sends (spec 2.2): all 8 fields, Tornado's form type.
sub verify_body {
    my (%o) = @_;
    return json_encode({
        userId => 'alice@example.com',
        mpinId => unpack('H*', '{"mobile": 0, "issued": "2016-03-15 13:42:36.947038", "userID": "alice@example.com", "salt": "d778111bc7be5726bfabc905459f1d20"}'),
        mobile => 0, activateKey => random_hex(64), expireTime => '2016-09-20T15:09:25Z',
        resend => JSON::PP::false, deviceName => '', userData => '', %o,
    });
}

sub verify { my ($path, $body, @h) = @_; http(POST => $path, $body, @h) }

sub is_force_activate {
    my ($r, $name) = @_;
    subtest $name => sub {
        is($r->code, 200, 'status 200');
        like($r->header('Content-Type') // '', qr{^application/json}, 'JSON content type');
        is_deeply(json_decode($r->content), {forceActivate => JSON::PP::true}, '{"forceActivate": true}');
        like($r->content, qr/^\{"forceActivate": ?true\}$/, 'nothing but that object');
    };
}

subtest 'the real RPS shape' => sub {
    t_start_error_log_watch();
    my $r = verify('/mpinVerify', verify_body(), 'Content-Type' => 'application/x-www-form-urlencoded',
                   'RPS-BASE-URL' => 'http://127.0.0.1:8011');
    is_force_activate($r, 'form Content-Type, JSON body: forceActivate');
    my @log = t_finish_error_log_watch();
    ok((grep { /MPIN01704: registration of user alice\@example\.com/ } @log), 'registration logged at info')
        or diag join '', @log;
    ok(!(grep { /activateKey|[0-9a-f]{64}/ } @log), 'the activateKey is not logged');
};

is_force_activate(verify('/mpinVerify', verify_body()), 'no Content-Type at all');
is_force_activate(verify('/mpinVerify', verify_body(), 'Content-Type' => 'application/json'), 'application/json');
is_force_activate(verify('/mpinVerify', verify_body(resend => JSON::PP::true, mobile => 1, userData => {a => 1})),
                  'a mobile resend with userData');

subtest 'userId missing, empty or not a string: 400' => sub {
    my %cases = (
        'missing' => json_encode({mpinId => 'aa', mobile => 0}),
        'empty' => verify_body(userId => ''),
        'number' => verify_body(userId => 42),
        'null' => verify_body(userId => undef),
        'array' => verify_body(userId => ['alice@example.com']),
        'object' => verify_body(userId => {id => 'alice'}),
        'control character' => verify_body(userId => "ali\x01ce"),
        'mpinId not a string' => verify_body(mpinId => 7),
    );
    for my $name (sort keys %cases) {
        my $r = verify('/mpinVerify', $cases{$name}, 'Content-Type' => 'application/x-www-form-urlencoded');
        is($r->code, 400, "userId $name: 400");
        unlike($r->content, qr/forceActivate/, "userId $name: no activation");
    }
};

subtest 'not a JSON object: 400' => sub {
    my %cases = ('invalid JSON' => '{"userId": "alice"', 'an array' => '["alice"]', 'a string' => '"alice"',
                 'empty body' => '', 'form data' => 'userId=alice', 'duplicate keys' => '{"userId":"a","userId":"b"}',
                 'invalid UTF-8' => "{\"userId\": \"\xff\xfe\"}");
    for my $name (sort keys %cases) {
        my $r = verify('/mpinVerify', $cases{$name}, 'Content-Type' => 'application/json');
        is($r->code, 400, "$name: 400");
        like($r->header('Content-Type') // '', qr{^text/plain}, "$name: a short text reason");
    }
    is(http(POST => '/mpinVerify')->code, 400, 'no body at all: 400');
};

subtest 'body size cap (64 KiB)' => sub {
    my $head = '{"userId": "alice@example.com", "pad": "';
    my $tail = '"}';
    my $fits = $head . ('x' x (64 * 1024 - length($head) - length($tail))) . $tail;
    is(length $fits, 64 * 1024, 'a body of exactly 64 KiB');
    is(verify('/mpinVerify', $fits)->code, 200, '... is accepted');
    my $r = verify('/mpinVerify', $fits . ' ');
    is($r->code, 413, 'one byte more: 413');
    unlike($r->content, qr/forceActivate/, 'and no activation');
    is(verify('/mpinVerify', 'x' x (1024 * 1024))->code, 413, '1 MiB: 413');
};

subtest 'methods other than POST: 405' => sub {
    for my $m (qw(GET PUT DELETE)) {
        my $r = http($m => '/mpinVerify', $m eq 'GET' ? undef : verify_body());
        is($r->code, 405, "$m: 405");
        like($r->header('Allow') // '', qr/\bPOST\b/, "$m: Allow names POST");
    }
};

subtest 'MpinAllowedUsers at /restricted/mpinVerify' => sub {
    my $r = verify('/restricted/mpinVerify', verify_body(userId => 'mallory@example.com'));
    is($r->code, 403, 'a user outside the list: 403');
    unlike($r->content, qr/forceActivate/, 'no activation for them');
    is_force_activate(verify('/restricted/mpinVerify', verify_body(userId => 'bob@example.com')),
                      'a user inside the list: forceActivate');
    is(verify('/restricted/mpinVerify', verify_body(userId => 'Bob@example.com'))->code, 403,
       'the list is exact (case matters)');
    is(verify('/restricted/mpinVerify', verify_body(userId => 'bob@example.com '))->code, 403,
       'no trimming of a trailing space');
};

subtest 'MpinForceActivate Off (e-mail activation, t/activation.t has the rest)' => sub {
    my $r = verify('/noforce/mpinVerify', verify_body(userId => 'frank@example.com'));
    is($r->code, 200, 'status 200');
    is($r->content, '', 'with an empty body (the user stays pending)');
    is($r->header('Content-Length') // '', '0', 'Content-Length: 0');
    unlike($r->content, qr/forceActivate/, 'no forceActivate');
};

# ---- registration through the development RPS -----------------------------

sub register {
    my ($user) = @_;
    return devrps(PUT => '/rps/user', {userId => $user, mobile => 0}, 'Content-Type' => 'application/json');
}

subtest 'a registration through the RPS calls /mpinVerify and activates' => sub {
    devrps_reset();
    devrps_clear_log();
    my $r = register('carol@example.com');
    is($r->code, 200, 'the RPS answers the client 200');
    my $j = json_decode($r->content) || {};
    is($j->{active}, JSON::PP::true, 'active: true (forceActivate)');
    like($j->{regOTT} // '', qr/^[0-9a-f]{32}$/, 'with a regOTT');
    my @cb = grep { $_->{kind} eq 'verify' } @{ devrps_callbacks() };
    is(scalar @cb, 1, 'the RPS called the RPA once');
    is($cb[0]{url}, server_url() . '/mpinVerify', 'at /mpinVerify');
    is($cb[0]{status}, 200, 'which answered 200');
    my %h = map { lc($_) => $cb[0]{headers}{$_} } keys %{ $cb[0]{headers} || {} };
    is($h{'content-type'}, 'application/x-www-form-urlencoded', 'sent with the form Content-Type');
    is(json_decode($cb[0]{body})->{userId}, 'carol@example.com', 'for the user');
};

subtest 'the RPS sees the restricted mount refuse a user: the client gets 403' => sub {
    devrps_reset(RPAVerifyUserURL => server_url() . '/restricted/mpinVerify');
    my $r = register('mallory@example.com');
    is($r->code, 403, 'refused user: the RPS answers the client 403');
    unlike($r->content, qr/regOTT/, 'no registration for them');
    my $ok = register('alice@example.com');
    is($ok->code, 200, 'allowed user: 200');
    is((json_decode($ok->content) || {})->{active}, JSON::PP::true, 'and active');
};

subtest 'MpinForceActivate Off through the RPS: pending' => sub {
    devrps_reset(RPAVerifyUserURL => server_url() . '/noforce/mpinVerify');
    my $r = register('dave@example.com');
    is($r->code, 200, 'status 200');
    is((json_decode($r->content) || {})->{active}, JSON::PP::false, 'active: false');
};

subtest 'a resend through the RPS reaches /mpinVerify with resend: true' => sub {
    devrps_reset();
    my $first = json_decode(register('erin@example.com')->content);
    devrps_clear_log();
    my $r = devrps(PUT => "/rps/user/$first->{mpinId}",
                   {userId => 'erin@example.com', mobile => 0, regOTT => $first->{regOTT}});
    is($r->code, 200, 'resend: 200');
    my ($cb) = grep { $_->{kind} eq 'verify' } @{ devrps_callbacks() };
    is(json_decode($cb->{body})->{resend}, JSON::PP::true, 'the callback says resend');
    is($cb->{status}, 200, 'and the RPA accepted it');
};

subtest 'HEAD and OPTIONS are not POST' => sub {
    is(http(HEAD => '/mpinVerify')->code, 405, 'HEAD: 405');
    is(http(OPTIONS => '/mpinVerify')->code, 405, 'OPTIONS: 405');
};

subtest 'a chunked body over the cap: 413' => sub {
    # no Content-Length: the cap must hold while reading
    my $ua = LWP::UserAgent->new(timeout => 30);
    my @chunks = (('{"userId": "alice@example.com", "pad": "' . ('x' x 40000)), ('y' x 40000) . '"}');
    my $req = HTTP::Request->new(POST => server_url() . '/mpinVerify', ['Content-Type' => 'application/json'],
                                 sub { shift @chunks });
    t_start_error_log_watch();
    my $r = $ua->request($req);
    my @log = t_finish_error_log_watch();
    is($r->code, 413, 'chunked 80 KB: 413');
    ok((grep { /MPIN01304:/ } @log), 'refused while reading (no declared length)') or diag join '', @log;
};

devrps_reset();
