# Users' sessions (issue 18 item 3): mpin-sessions (/mpinSessions) lists the
# logged-in user's live sessions and ends any of them, or all others; the
# administrator ends every session of a user through mpin-status; a user
# removed from the server's MpinAllowedUsers loses their sessions at their
# next request.  With shmcb, and with redis shared by two servers (a session
# ended on one is refused on the other).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at nav_headers xhr_headers);

Test::More->builder->failure_output(\*STDERR);

my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $SECRET = 'user-sessions-secret-0123456789abcdef';
my $STATUS = "<Location /admin/status>\n    SetHandler mpin-status\n    Require ip 127.0.0.1\n</Location>\n";
my %UA = (browser => 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
          phone => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
          other => 'curl/8.5.0');

devrps_reset();

sub login { my ($srv, $user, $device) = @_; scalar login_at($srv->url, $user, undef, 'User-Agent' => $UA{$device || 'browser'}) }
sub page { my ($srv, $cookie) = @_; http(GET => $srv->url('/protected'), undef, xhr_headers(), Cookie => "mpin_session=$cookie")->code }
sub listing {
    my ($srv, $cookie) = @_;
    my $r = http(GET => $srv->url('/mpinSessions?format=json'), undef, Cookie => "mpin_session=$cookie");
    return $r->code == 200 ? json_decode($r->content) : $r->code;
}
sub end_post {
    my ($srv, $cookie, $form) = @_;
    return http(POST => $srv->url('/mpinSessions'), $form, 'Content-Type' => 'application/x-www-form-urlencoded',
                Accept => 'application/json', Cookie => "mpin_session=$cookie");
}
sub form { my %f = @_; join '&', map { "$_=" . url_encode($f{$_}) } sort keys %f }
# "403 bad token": the status and the reason (error bodies start with the status)
sub answer { my $r = shift; my $b = $r->content =~ s/\s+\z//r; $b =~ /^\d{3} / ? $b : $r->code . " $b" }

sub scenario {
    my ($one, $two, $store) = @_;
    my ($alice, $bob, $carol) = map { "$_-$store" } qw(alice bob carol);
    my $a1 = login($one, $alice, 'browser');
    my $a2 = login($two, $alice, 'phone');
    my $a3 = login($one, $alice, 'other');
    my $b1 = login($two, $bob, 'browser');

    # ------------------------------------------------------------ listing
    my $list = listing($one, $a1);
    ok(ref $list, "$store: GET /mpinSessions?format=json answers") or return;
    is($list->{user}, $alice, "$store:   for the user of the cookie");
    my @s = @{$list->{sessions}};
    is(scalar @s, 3, "$store:   alice's three sessions, on both servers, and no other user's");
    is(join(',', map { $_->{device} } @s), 'browser,phone,other', "$store:   devices as the User-Agents said, oldest first");
    is(join(',', map { $_->{current} ? 1 : 0 } @s), '1,0,0', "$store:   this session marked");
    is(scalar(grep { $_->{address} eq '127.0.0.1' && $_->{method} eq 'pinpad' && $_->{created} > 1e9
                     && $_->{last_used} >= $_->{created} && $_->{handle} =~ /^[\w-]{22}$/
                     && $_->{token} =~ /^[\w-]{43}$/ } @s), 3,
       "$store:   each with address, method, started, last used, a handle and a token");
    my $text = json_encode($list);
    my @ids = map { (split /\./)[0] } $a1, $a2, $a3;
    ok(!grep({ index($text, $_) >= 0 } @ids), "$store:   no session id in the listing");
    my $blist = listing($two, $b1);
    is(scalar @{$blist->{sessions}}, 1, "$store: bob sees his one session only");
    my %alice_handles = map { $_->{handle} => 1 } @s;
    ok(!$alice_handles{$blist->{sessions}[0]{handle}}, "$store:   whose handle is not among alice's");
    my $html = http(GET => $one->url('/mpinSessions'), undef, nav_headers(), Cookie => "mpin_session=$a1");
    is($html->code, 200, "$store: the HTML page");
    like($html->content, qr/this session/, "$store:   marks this session");
    is(() = $html->content =~ /<form method="post">/g, 3, "$store:   an End button for the two others and End all others");
    like($html->header('Content-Security-Policy') // '', qr/frame-ancestors 'none'/, "$store:   cannot be framed");
    is(http(GET => $one->url('/mpinSessions'), undef, xhr_headers())->code, 401,
       "$store: without a session: 401");

    # ------------------------------------------------- refusals
    my ($phone) = grep { $_->{device} eq 'phone' } @s;
    my $bs = $blist->{sessions}[0];
    is(answer(end_post($one, $a1, form(end => $bs->{handle}, token => $bs->{token}))), '403 bad token',
       "$store: alice cannot end bob's session with bob's handle and token");
    is(answer(end_post($one, $a1, form(end => $bs->{handle}, token => $phone->{token}))), '403 bad token',
       "$store:   nor with a token of her own page");
    is(page($two, $b1), 200, "$store:   bob's session lives");
    is(answer(end_post($one, $a1, form(end => 'A' x 22, token => $phone->{token}))), '403 bad token',
       "$store: a forged handle: 403");
    is(answer(end_post($one, $a1, form(end => $phone->{handle}))), '400 missing token',
       "$store: no token: 400");
    is(answer(end_post($one, $a1, form(end => $phone->{handle}, token => ''))), '400 missing token',
       "$store: an empty token: 400");
    is(answer(end_post($one, $a1, form(end => $phone->{handle}, token => 'x' x 43))), '403 bad token',
       "$store: a wrong token: 403");
    is(end_post($one, $a1, form(token => $phone->{token}))->code, 400, "$store: nothing to end: 400");
    is(answer(http(POST => $one->url('/mpinSessions'), form(end => $phone->{handle}, token => $phone->{token}),
                   'Content-Type' => 'application/x-www-form-urlencoded', Origin => 'http://evil.example',
                   Cookie => "mpin_session=$a1")), '403 Origin is another site',
       "$store: a POST from another site (Origin), even with the right token: 403");
    # a token is bound to the session that was shown it
    is(answer(end_post($one, $a3, form(end => $phone->{handle}, token => $phone->{token}))), '403 bad token',
       "$store: another session of alice cannot use the token alice's first was shown");
    is(page($two, $a2), 200, "$store:   the phone session lives after all of that");

    # ------------------------------------------------------- end one
    is(answer(end_post($one, $a1, form(end => $phone->{handle}, token => $phone->{token}))), '200 {"ended":1}',
       "$store: alice ends her phone session on the first server");
    is(page($two, $a2), 401, "$store:   and the second server refuses it");
    is(page($one, $a2), 401, "$store:   and the first");
    is(answer(end_post($one, $a1, form(end => $phone->{handle}, token => $phone->{token}))),
       '403 no such session of yours (already ended?)', "$store:   a second time: 403");
    is(scalar @{listing($one, $a1)->{sessions}}, 2, "$store:   the listing has two left");

    # ------------------------------------------------ end all others
    my $a4 = login($two, $alice, 'browser');
    $list = listing($two, $a1);
    my $r = end_post($two, $a1, form(end => 'others', token => $list->{end_others_token}));
    is(answer($r), '200 {"ended":2}', "$store: end all others");
    is(join(',', map { page($_->[0], $_->[1]) } [$one, $a3], [$two, $a4], [$one, $a4]), '401,401,401',
       "$store:   they are refused on both servers");
    is(page($one, $a1), 200, "$store:   this session survives");
    is(page($two, $b1), 200, "$store:   and bob's");
    $list = listing($one, $a1);
    is(scalar @{$list->{sessions}}, 1, "$store:   one left in the listing");
    # a browser's form post: back to the page
    my $a5 = login($one, $alice, 'browser');
    $list = listing($one, $a1);
    $r = http(POST => $one->url('/mpinSessions'), form(end => 'others', token => $list->{end_others_token}),
              'Content-Type' => 'application/x-www-form-urlencoded', nav_headers(), Cookie => "mpin_session=$a1");
    is($r->code . ' ' . ($r->header('Location') // ''), '303 /mpinSessions', "$store: the form's POST goes back to the page");
    is(page($one, $a5), 401, "$store:   having ended the other session");
    # ending this session: the cookie goes
    ($list) = listing($one, $a1);
    $r = end_post($one, $a1, form(end => $list->{sessions}[0]{handle}, token => $list->{sessions}[0]{token}));
    is(answer($r), '200 {"ended":1}', "$store: ending this session");
    is(cookie_from($r), '', "$store:   clears the cookie");
    is(page($one, $a1), 401, "$store:   and it is over");

    # ------------------------------------------------------------ admin
    my $b2 = login($one, $bob, 'phone');
    $r = http(POST => $one->url('/admin/status'), {end_sessions_of => $bob}, 'Content-Type' => 'application/json');
    is($r->code, 200, "$store: the administrator ends every session of bob");
    is(json_decode($r->content)->{ended}, 2, "$store:   two of them");
    is(join(',', page($one, $b1), page($two, $b1), page($one, $b2), page($two, $b2)), '401,401,401,401',
       "$store:   refused on both servers");
    is(http(POST => $one->url('/admin/status'), "end_sessions_of=$bob",
            'Content-Type' => 'application/x-www-form-urlencoded')->code, 415, "$store:   a form post (CSRF) cannot: 415");
    is(http(POST => $one->url('/admin/status'), {user => $bob}, 'Content-Type' => 'application/json')->code, 400,
       "$store:   no user named: 400");

    # -------------------------------------------------------------- cap
    my @c = map { login($_ % 2 ? $one : $two, $carol) } 1 .. 11;
    is(page($one, $c[0]), 401, "$store: the 11th session of a user ends the oldest");
    is(join('', map { page($one, $_) == 200 ? 1 : 0 } @c[1 .. 10]), '1' x 10, "$store:   the other ten live");
    is(scalar @{listing($two, $c[10])->{sessions}}, 10, "$store:   and are listed");
}

# ------------------------------------------------------------------ shmcb
my $shm = MpinServer->start(secret => $SECRET, conf => $STATUS);
scenario($shm, $shm, 'shmcb');

# ----------------------------------------------- redis, two servers
my $one = MpinServer->start(store => "redis:127.0.0.1:$redis", secret => $SECRET, conf => $STATUS);
my $two = MpinServer->start(store => "redis:127.0.0.1:$redis", secret => $SECRET, conf => $STATUS);
scenario($one, $two, 'redis');

# ------------------------------------------ removal from MpinAllowedUsers
my $allow = "MpinAllowedUsers alice bob\n<Location /admin-area>\n    AuthType MPin\n    Require valid-user\n"
          . "    MpinAllowedUsers alice\n    SetHandler mpin-page\n    MpinPageTemplate protected.html\n</Location>\n";
my $srv = MpinServer->start(secret => $SECRET, conf => $allow);
my @bob = map { login($srv, 'bob') } 1 .. 2;
my $al = login($srv, 'alice');
is(http(GET => $srv->url('/admin-area'), undef, xhr_headers(), Cookie => "mpin_session=$bob[0]")->code, 403,
   "a <Location>'s own list refuses bob");
is(page($srv, $bob[0]), 200, '  and his session goes on elsewhere');
$srv->reconfigure(conf => $allow =~ s/MpinAllowedUsers alice bob/MpinAllowedUsers alice/r);
$srv->graceful;
is(page($srv, $al), 200, 'after bob is removed from the server list (graceful): alice goes on');
is(page($srv, $bob[0]), 403, "  bob's next request is refused");
like($srv->log, qr/MPIN03958: user bob is no longer in the server's allowed-user list: 2 of their sessions ended/,
     '  and both his sessions ended');
$srv->reconfigure(conf => $allow);
$srv->graceful;
is(join(',', map { page($srv, $_) } @bob), '401,401', 'bob back in the list: his old sessions stay ended');
is(page($srv, $al), 200, "  alice's goes on");
my $fresh = login($srv, 'bob');
is(page($srv, $fresh), 200, '  and bob logs in afresh');

done_testing();
