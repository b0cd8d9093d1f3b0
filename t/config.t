# apachectl -t: every bad directive value is refused at start-up with a
# message that names the directive, the file and the line; a good one passes.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use File::Temp qw(tempdir);
use Cwd qw(abs_path);
use lib 't/lib';
use MpinServer qw(config_test);

my $top = abs_path('.');
my $tmp = tempdir(CLEANUP => 1);
mkdir "$tmp/mobile";
open my $fh, '>', "$tmp/short.key" or die; print $fh "too-short\n"; close $fh;
open $fh, '>', "$tmp/users" or die; print $fh "# users\nalice\n\nbob\n"; close $fh;
# a restyled copy of the templates with a typo in a placeholder
mkdir "$tmp/restyled";
for my $f (glob "$top/templates/*") {
    (my $name = $f) =~ s{.*/}{};
    open my $in, '<', $f or die; my $text = do { local $/; <$in> }; close $in;
    $text =~ s/\{\{ username \}\}/{{ user_name }}/ if $name eq 'protected.html';
    open my $out, '>', "$tmp/restyled/$name" or die; print $out $text; close $out;
}

my @bad = (
    ['MpinRpsURL ftp://127.0.0.1:8011',           'MpinRpsURL'],
    ['MpinRpsURL http://',                        'MpinRpsURL'],
    ['MpinRpsURL http://user:pw@rps.example',     'MpinRpsURL'],
    ['MpinRpsURL "http://rps.example/a?b=c"',     'MpinRpsURL'],
    ['MpinRpsURL not-a-url',                      'MpinRpsURL'],
    ['MpinRpsURL http://127.0.0.1:80x',           'MpinRpsURL'],
    ['MpinRpsURL http://127.0.0.1:65536',         'MpinRpsURL'],
    ['MpinMobileDir /nonexistent/mobile',          'MpinMobileDir'],
    ["MpinMobileDir $tmp/short.key",              'MpinMobileDir'],
    ['MpinTemplateDir /nonexistent/templates',     'MpinTemplateDir'],
    ["MpinTemplateDir $tmp/mobile",               'MpinTemplateDir'],
    ["MpinTemplateDir $tmp/restyled",             "MpinTemplateDir: template $tmp/restyled/protected.html: unknown placeholder 'user_name'"],
    ['MpinPageTemplate secret.html',              'MpinPageTemplate'],
    ['MpinLoginURL //evil.example/login',         'MpinLoginURL'],
    ['MpinSuccessURL javascript:alert(1)',        'MpinSuccessURL'],
    # Location and the PIN pad's JSON take it as it is: the query too must
    # be visible ASCII (a Latin-1 byte there made the login answer NULL)
    ["MpinSuccessURL https://app.example/?caf\xe9", 'MpinSuccessURL'],
    ['MpinLogoutRedirect /a/../b',                'MpinLogoutRedirect'],
    ['MpinMobileAppURL "/m\\\\x"',                'MpinMobileAppURL'],
    ['MpinPinpadScript ftp://x/mpin.js',          'MpinPinpadScript'],
    ['MpinRedirectAllowed https://user@evil.example', 'MpinRedirectAllowed'],
    ['MpinRedirectAllowed /relative',             'MpinRedirectAllowed'],
    ['MpinAllowedUsersFile /nonexistent/users',    'MpinAllowedUsersFile'],
    ['MpinCookieName "bad name"',                 'MpinCookieName'],
    ['MpinCookieName a;b',                        'MpinCookieName'],
    ['MpinCookiePath relative',                   'MpinCookiePath'],
    ['MpinCookieDomain "evil example"',           'MpinCookieDomain'],
    ['MpinCookieSameSite Sometimes',              'MpinCookieSameSite: must be Strict, Lax or None'],
    ['MpinCookieSecure Maybe',                    'MpinCookieSecure: must be On, Off or Auto'],
    ['MpinSessionIdleTimeout 0',                  'MpinSessionIdleTimeout'],
    ['MpinSessionIdleTimeout ten',                'MpinSessionIdleTimeout'],
    ['MpinSessionMaxAge -5',                      'MpinSessionMaxAge'],
    ['MpinUserHeader "X User"',                   'MpinUserHeader'],
    ['MpinUnauthAction sometimes',                'MpinUnauthAction: must be auto, redirect or 401'],
    ['MpinRpsTimeout 0',                          'MpinRpsTimeout'],
    ['MpinRpsTimeout 5 2',                        'MpinRpsTimeout'],
    ['MpinRpsSlotWait 61',                        'MpinRpsSlotWait: must be 0-60 seconds'],
    ['MpinRpsSlotWait -1',                        'MpinRpsSlotWait: must be 0-60 seconds'],
    ['MpinRpsCAFile /nonexistent/ca.pem',          'MpinRpsCAFile'],
    ['MpinRpsVerifyTLS maybe',                    'MpinRpsVerifyTLS'],
    ['MpinRpsLoginResult Sometimes',              'MpinRpsLoginResult: must be On, Off or Auto [seconds]'],
    ['MpinRpsLoginResult 1',                      'MpinRpsLoginResult'],
    ['MpinRpsLoginResult On 60',                  'MpinRpsLoginResult'],
    ['MpinRpsLoginResult Off 60',                 'MpinRpsLoginResult'],
    ['MpinRpsLoginResult Auto 0',                 'MpinRpsLoginResult'],
    ['MpinRpsLoginResult Auto 3601',              'MpinRpsLoginResult'],
    ['MpinRpsLoginResult Auto 1m',                'MpinRpsLoginResult'],
    ['MpinRpsLoginResult Auto 10 20',             'MpinRpsLoginResult'],
    ['MpinForceActivate perhaps',                 'MpinForceActivate'],
    ['MpinSessionStore nosuchprovider',           'MpinSessionStore'],
    ['MpinSessionSecret short',                   'MpinSessionSecret'],
    ['MpinSessionSecret 0123456789abcdef0123456789abcdef short', 'MpinSessionSecret'],
    ["MpinSessionSecretFile $tmp/short.key",      'MpinSessionSecretFile'],
    ['MpinSessionSecretFile /nonexistent/key',     'MpinSessionSecretFile'],
    ["<Location /x>\nMpinSessionStore shmcb\n</Location>", 'MpinSessionStore'],
    ['MpinSessionRecheck -1',                     'MpinSessionRecheck'],
    ['MpinSessionRecheck 61',                     'MpinSessionRecheck'],
    ['MpinSessionRecheck 5s',                     'MpinSessionRecheck'],
    ["<VirtualHost 127.0.0.1:1>\nMpinSessionRecheck 1\n</VirtualHost>", 'MpinSessionRecheck'],
);
my @good = (
    'MpinRpsURL http://127.0.0.1:8011/',
    'MpinRpsURL https://rps.example:8443/base',
    'MpinRpsURL http://[::1]:8011',
    "MpinMobileDir $tmp/mobile",
    "MpinTemplateDir $top/templates",
    "MpinAllowedUsersFile $tmp/users",
    'MpinAllowedUsers alice bob@example.com',
    'MpinRedirectAllowed https://partner.example/app/ http://other.example',
    'MpinSessionSecret 0123456789abcdef0123456789abcdef',
    'MpinSessionStore shmcb',
    'MpinSessionRecheck 0',
    'MpinSessionRecheck 60',
    'MpinRpsTimeout 1 30',
    'MpinRpsSlotWait 0',
    'MpinRpsSlotWait 60',
    'MpinRpsLoginResult On',
    'MpinRpsLoginResult off',
    'MpinRpsLoginResult Auto',
    'MpinRpsLoginResult auto 5',
    "<Location /a>\nMpinRpsLoginResult Off\n</Location>",
    'MpinUserHeader X-Remote-User',
    'MpinUserHeader Off',
    'MpinCookieSameSite None',
    'MpinLoginURL https://login.example/login?app=1',
);

# Mistakes that only the whole configuration shows (the check_config hook).
my @whole_bad = (
    ["<Location /a>\nSetHandler mpin-authenticate\n</Location>",
     qr/MpinRpsURL is not set, but SetHandler mpin-authenticate on line 10 of \Q$tmp\E\/httpd\.conf needs the RPS/],
    ["MpinRpsURL http://127.0.0.1:8011\n<Location /a>\nSetHandler mpin-login\n</Location>\n<Location /a>\nSetHandler mpin-login\n</Location>",
     qr/SetHandler mpin-login on line 14 of \Q$tmp\E\/httpd\.conf mounts the handler at <Location \/a> a second time in the same virtual host \(first on line 11/],
);
my @whole_good = (
    "MpinRpsURL http://127.0.0.1:8011\n<Location /a>\nSetHandler mpin-authenticate\n</Location>",
    "<Location />\nSetHandler mpin-page\n</Location>\n<Location /p>\nSetHandler mpin-page\n</Location>",
    "<Location /a>\nSetHandler mpin-login\n</Location>\n<Location /b>\nSetHandler mpin-login\n</Location>",
    "<VirtualHost 127.0.0.1:1>\n<Location /a>\nSetHandler mpin-login\n</Location>\n</VirtualHost>\n"
      . "<VirtualHost 127.0.0.2:1>\n<Location /a>\nSetHandler mpin-login\n</Location>\n</VirtualHost>",
);

plan tests => 3 * @bad + @good + 2 * @whole_bad + @whole_good;
Test::More->builder->failure_output(\*STDERR);

sub check_config { config_test($tmp, $_[0]) }

for my $case (@bad) {
    my ($directive, $name) = @$case;
    my ($rc, $out) = check_config($directive);
    (my $label = $directive) =~ s/\n/ /g;
    isnt($rc, 0, "apachectl -t refuses: $label");
    like($out, qr/\Q$name\E/, "  and names the directive $name") or diag($out);
    like($out, qr/Syntax error on line \d+ of \Q$tmp\E\/httpd\.conf/, '  with the file and line')
        or diag($out);
}
for my $directive (@good) {
    my ($rc, $out) = check_config($directive);
    is($rc, 0, "apachectl -t accepts: $directive") or diag($out);
}

for my $case (@whole_bad) {
    my ($conf, $want) = @$case;
    my ($rc, $out) = check_config($conf);
    (my $label = $conf) =~ s/\n/ /g;
    isnt($rc, 0, "apachectl -t refuses: $label");
    like($out, $want, '  with one line naming the directive, the file and the line') or diag($out);
}
for my $conf (@whole_good) {
    my ($rc, $out) = check_config($conf);
    (my $label = $conf) =~ s/\n/ /g;
    is($rc, 0, "apachectl -t accepts: $label") or diag($out);
}
