# Configuration merging (security item 15): <Location /merge> sets every
# per-directory directive; /merge/a overrides one half and /merge/b the
# other half (t/conf/mpin_access.conf.in), so each directive is seen on the
# parent, inherited by one child and overridden by the other - through what
# the server answers, not through its configuration.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use File::Temp qw(tempdir);
use Cwd qw(abs_path);
use lib 't/lib';
use MpinTest;
use MpinServer qw(nav_headers xhr_headers);

Test::More->builder->failure_output(\*STDERR);

devrps_reset();

sub js_unescape {
    my ($s) = @_;
    $s =~ s/\\u([0-9A-Fa-f]{4})/chr hex $1/ge;
    $s =~ s/\\x([0-9A-Fa-f]{2})/chr hex $1/ge;
    $s =~ s/\\(.)/$1/g;
    return $s;
}
sub pinpad_option {
    my ($html, $name) = @_;
    return $html =~ /\b\Q$name\E:\s*"((?:[^"\\]|\\.)*)"/ ? js_unescape($1) : undef;
}
sub attrs {
    my ($res, $name) = @_;
    my ($sc) = grep { /^\Q$name\E=/ } $res->header('Set-Cookie');
    return undef unless $sc;
    my (undef, @a) = split /;\s*/, $sc;
    return { map { my ($k, $v) = split /=/, $_, 2; (lc $k => $v // 1) } @a };
}
sub doors_used {
    my @doors = map { $_->{headers}{'x-door'} // 'none' }
                grep { $_->{path} eq '/authenticate' } @{devrps_log()};
    devrps(DELETE => '/__dev/log');
    return join ',', @doors;
}
sub login {
    my ($branch, $user) = @_;
    my $ott = devrps_mint($user, 1);
    return http(POST => "$branch/mpinAuthenticate", {mpinResponse => {authOTT => $ott}},
                'Content-Type' => 'application/json');
}

my %branch = (parent => '/merge', a => '/merge/a', b => '/merge/b');
my %cookie_name = (parent => 'p_sess', a => 'a_sess', b => 'p_sess');
my %user = (parent => 'alice', a => 'bob', b => 'carol');

# ----------------------------------------- logins: RPS URL, allowed users,
# success URL and every cookie directive
devrps(DELETE => '/__dev/log');
my (%login, %cookie);
for my $k (qw(parent a b)) {
    my $r = login($branch{$k}, $user{$k});
    $login{$k} = $r;
    $cookie{$k} = cookie_from($r, $cookie_name{$k});
    is($r->code, 200, "$k: $user{$k} logs in");
}
is(doors_used(), 'p,a,p', 'MpinRpsURL: parent p, a overrides with a, b inherits p');
is((json_decode($login{parent}->content) || {})->{redirectURL}, '/p-success', 'MpinSuccessURL: the parent\'s login lands on /p-success');
is((json_decode($login{a}->content) || {})->{redirectURL}, '/p-success', '  a inherits it');
is((json_decode($login{b}->content) || {})->{redirectURL}, '/b-success', '  b overrides it');

my %want = (
    parent => {path => '/merge', domain => 'p.example.test', samesite => 'Strict', secure => 1},
    a      => {path => '/merge', domain => 'p.example.test', samesite => 'Lax', secure => 1},
    b      => {path => '/merge/b', domain => 'b.example.test', samesite => 'Strict', secure => undef},
);
for my $k (qw(parent a b)) {
    my $a = attrs($login{$k}, $cookie_name{$k});
    ok($a, "MpinCookieName: $k sets the cookie $cookie_name{$k}");
    for my $attr (qw(path domain samesite secure)) {
        is($a && $a->{$attr}, $want{$k}{$attr}, "  $k: " . ($attr eq 'secure' ? 'MpinCookieSecure' : "MpinCookie\u$attr") . ' gives ' . ($want{$k}{$attr} // "no $attr"));
    }
}
ok(!grep({ /^p_sess=/ } $login{a}->header('Set-Cookie')), 'MpinCookieName: a sets no p_sess cookie');

# MpinAllowedUsersFile (parent: alice carol), MpinAllowedUsers (a: bob)
is(login('/merge', 'bob')->code, 403, 'MpinAllowedUsersFile: the parent refuses bob');
is(login('/merge/a', 'alice')->code, 403, 'MpinAllowedUsers: a overrides the list (bob only), alice is refused');
is(login('/merge/b', 'bob')->code, 403, '  b inherits the parent\'s file: bob is refused');
is(login('/merge/b', 'alice')->code, 200, '  and alice may log in there');

# MpinRpsTimeout: the parent's 2 s, inherited by a, overridden with 6 s by b.
for my $k (qw(a b)) {
    devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'delay', ms => 3000, count => 1});
    my $r = login($branch{$k}, $user{$k});
    is($r->code, $k eq 'a' ? 504 : 200,
       $k eq 'a' ? 'MpinRpsTimeout: a inherits 2 s and gives up on a 3 s RPS (504)'
                 : '  b waits up to 6 s and logs in');
}
devrps(DELETE => '/__dev/fault');
devrps(DELETE => '/__dev/log');

# ----------------------------------- protected: header, unauth action, login URL
for my $k (qw(parent a b)) {
    my $r = http(GET => "$branch{$k}/env", undef, xhr_headers(), Cookie => "$cookie_name{$k}=$cookie{$k}");
    is($r->code, 200, "$k: the session opens $branch{$k}/env");
    my $env = (json_decode($r->content) || {})->{env} || {};
    if ($k eq 'a') {
        is($env->{HTTP_X_A_USER}, 'bob', 'MpinUserHeader: a overrides it (X-A-User)');
        ok(!exists $env->{HTTP_X_P_USER}, '  and sets no X-P-User');
    }
    else {
        is($env->{HTTP_X_P_USER}, $user{$k}, $k eq 'parent' ? 'MpinUserHeader: the parent sets X-P-User' : '  b inherits X-P-User');
    }
}
my $r = http(GET => '/merge/env', undef, nav_headers());
is($r->code, 401, 'MpinUnauthAction: the parent answers a navigation with 401');
is($r->header('WWW-Authenticate'), 'MPin login_url="/p-login"', 'MpinLoginURL: the parent names /p-login');
$r = http(GET => '/merge/a/env', undef, nav_headers());
is($r->code, 401, '  a inherits 401');
is($r->header('WWW-Authenticate'), 'MPin login_url="/a-login"', '  a overrides the login URL (/a-login)');
$r = http(GET => '/merge/b/env', undef, xhr_headers());
is($r->code, 302, '  b overrides it with redirect: even a script request is redirected');
is($r->header('Location'), '/p-login?return_to=%2Fmerge%2Fb%2Fenv', '  b inherits the login URL /p-login');

# ---------------------------------------------------------- the login page
my %page;
$page{$_} = http(GET => "$branch{$_}/login", undef, nav_headers())->content for qw(parent a b);
my %want_page = (
    parent => ['/p-success', '/p-mobile', '/p/mpin.js', 1],
    a      => ['/p-success', '/p-mobile', '/a/mpin.js', 1],
    b      => ['/b-success', '/b-mobile', '/p/mpin.js', 0],
);
for my $k (qw(parent a b)) {
    my ($success, $mobile, $script, $password) = @{$want_page{$k}};
    my $how = $k eq 'parent' ? 'the parent' : $k;
    is(pinpad_option($page{$k}, 'successLoginURL'), $success, "MpinSuccessURL on the login page: $how gives $success");
    is(pinpad_option($page{$k}, 'mobileAppFullURL'), $mobile, "MpinMobileAppURL: $how gives $mobile");
    like($page{$k}, qr{<script type="text/javascript" src="\Q$script\E"}, "MpinPinpadScript: $how gives $script");
    is(scalar($page{$k} =~ /<form method="POST"/), !!$password, "MpinLoginMethods: $how " . ($password ? 'offers' : 'does not offer') . ' the password form');
}
# MpinRedirectAllowed: the parent allows https://p.example.test/, b only https://b.example.test/.
my %ret = (
    'parent p' => ['/merge/login', 'https://p.example.test/x', 'https://p.example.test/x'],
    'a p'      => ['/merge/a/login', 'https://p.example.test/x', 'https://p.example.test/x'],
    'b p'      => ['/merge/b/login', 'https://p.example.test/x', '/b-success'],
    'b b'      => ['/merge/b/login', 'https://b.example.test/y', 'https://b.example.test/y'],
    'parent b' => ['/merge/login', 'https://b.example.test/y', '/p-success'],
);
for my $case (sort keys %ret) {
    my ($path, $target, $want) = @{$ret{$case}};
    (my $enc = $target) =~ s/([^A-Za-z0-9_.~-])/sprintf '%%%02X', ord $1/ge;
    my $html = http(GET => "$path?return_to=$enc", undef, nav_headers())->content;
    is(pinpad_option($html, 'successLoginURL'), $want, "MpinRedirectAllowed ($case): $target -> $want");
}

# ----------------------------------------------------------------- logout
for my $k (qw(parent a b)) {
    my $r = http(GET => "$branch{$k}/logout", undef, nav_headers(), Cookie => "$cookie_name{$k}=$cookie{$k}");
    my $want = $k eq 'a' ? '/a-bye' : '/p-bye';
    is($r->header('Location'), $want, "MpinLogoutRedirect: " . ($k eq 'parent' ? 'the parent goes to' : $k eq 'a' ? 'a overrides it with' : 'b inherits') . " $want");
    my $a = attrs($r, $cookie_name{$k});
    is($a && $a->{'max-age'}, '0', "  $k: the logout expires $cookie_name{$k}");
    is($a && $a->{path}, $want{$k}{path}, "  $k: with its Path");
}

# ------------------------------------------------- mobile app, page, verify
my %mobile = (parent => qr/OPEN-INDEX-3b7c/, a => qr/mobile app test page/, b => qr/OPEN-INDEX-3b7c/);
for my $k (qw(parent a b)) {
    my $r = http(GET => "$branch{$k}/m/index.html");
    is($r->code, 200, "MpinMobileDir: $branch{$k}/m/index.html is served");
    like($r->content, $mobile{$k}, '  ' . ($k eq 'a' ? 'from the folder a overrides it with' : $k eq 'b' ? 'from the folder b inherits' : 'from the parent\'s folder'));
}
like(http(GET => '/merge/page')->content, qr/You are logged in as/, 'MpinPageTemplate: the parent renders protected.html');
like(http(GET => '/merge/a/page')->content, qr/Hello\. You are not logged in/, '  a overrides it with index.html');
like(http(GET => '/merge/b/page')->content, qr/You are logged in as/, '  b inherits protected.html');

my %verify = (parent => 'alice', a => 'bob', b => 'carol');
for my $k (qw(parent a b)) {
    my $r = http(POST => "$branch{$k}/mpinVerify", {userId => $verify{$k}, mpinId => 'ab' x 8},
                 'Content-Type' => 'application/x-www-form-urlencoded');
    if ($k eq 'b') {
        is($r->code, 200, 'MpinForceActivate: b overrides it with On');
        like($r->content, qr/"forceActivate": true/, '  and answers forceActivate');
    }
    else {
        is($r->code, 500, 'MpinForceActivate Off: ' . ($k eq 'a' ? 'a inherits it' : 'the parent') . ' takes the e-mail path (unconfigured here: 500)');
        unlike($r->content, qr/forceActivate/, '  no forceActivate');
    }
}

# ------------------------------------------------------- session lifetimes
# /merge/t: idle 2 s, max age 2 s; /merge/t/idle lengthens the idle
# timeout, /merge/t/max the maximum age, /merge/t/both both.
my @s = map { cookie_from(login('/merge', 'alice'), 'p_sess') } 1 .. 3;
sleep 3;
my $off = MpinServer::log_offset();
sub code_at { http(GET => $_[0], undef, xhr_headers(), Cookie => "p_sess=$_[1]")->code }
is(code_at('/merge/t/both/env', $s[2]), 200, 'MpinSessionIdleTimeout and MaxAge overridden together: the session lives');
is(code_at('/merge/t/env', $s[2]), 401, '  the parent\'s 2 s end it');
is(code_at('/merge/t/idle/env', $s[0]), 401, 'MpinSessionMaxAge: /merge/t/idle inherits the 2 s maximum age');
is(code_at('/merge/t/max/env', $s[1]), 401, 'MpinSessionIdleTimeout: /merge/t/max inherits the 2 s idle timeout');
my $log = MpinServer::log_since($off);
my @why = $log =~ /MPIN01105: session of user alice expired \(([a-z ]+)\)/g;
is("@why", 'maximum age maximum age idle timeout', '  each ended by the rule it inherited');

# --------------------------------------------------------- MpinTemplateDir
# A server of its own, with templates written here: the module's, with a
# marker in index.html.
my $top = abs_path('.');
my $tpl = tempdir(CLEANUP => 1);
chmod 0755, $tpl;
for my $f (glob "$top/templates/*") {
    (my $name = $f) =~ s{.*/}{};
    open my $in, '<', $f or die;
    open my $out, '>', "$tpl/$name" or die;
    local $/;
    my $text = <$in>;
    $text = "<p>ALT-TEMPLATE-INDEX {{ login_url }}</p>\n" if $name eq 'index.html';
    print $out $text;
}
my $srv = MpinServer->start(conf => <<"CONF");
<Location /tp>
    SetHandler mpin-page
    MpinPageTemplate index.html
    MpinTemplateDir "$tpl"
</Location>
<Location /tp/over>
    MpinTemplateDir "$top/templates"
</Location>
CONF
like(http(GET => $srv->url('/tp'))->content, qr/ALT-TEMPLATE-INDEX/, 'MpinTemplateDir: the parent\'s templates');
like(http(GET => $srv->url('/tp/child'))->content, qr/ALT-TEMPLATE-INDEX/, '  inherited by a child');
like(http(GET => $srv->url('/tp/over'))->content, qr/Hello\. You are not logged in/, '  overridden by another');

# Without MpinTemplateDir the pages come from the module itself (built from
# templates/ by scripts/embed-templates): the same bytes as the files render,
# whatever is or is not installed under /usr/share.
my $bare = MpinServer->start(conf => <<"CONF");
<Location /tp>
    SetHandler mpin-page
    MpinPageTemplate index.html
</Location>
<Location /tp/files>
    MpinTemplateDir "$top/templates"
</Location>
CONF
my $builtin = http(GET => $bare->url('/tp'));
is($builtin->code, 200, 'no MpinTemplateDir: the built-in index page');
is($builtin->content, http(GET => $bare->url('/tp/files'))->content, '  the same as templates/index.html renders');
my $login = http(GET => $bare->url('/login'), undef, nav_headers());
is($login->code, 200, '  and /login from the built-in login form');
like($login->content, qr/id="login-pinpad-title"/, '  with its PIN pad');

done_testing();
