# README.md as an administrator uses it (issue 19 items 6 and 7): every
# ```apache block passes `apachectl -t` when pasted (no trailing comments,
# which httpd reads as arguments), also with the module gone (the package
# purged first: the snippets degrade safely); one key file name; the build
# dependencies are debian/control's; `make install` prints the command that
# makes the key, as the README writes it.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use File::Temp qw(tempdir);
use Cwd qw(abs_path);

my $TOP = abs_path('.');
my $HTTPD = $ENV{MPIN_HTTPD} || '/usr/sbin/apache2';
my $readme = do { local $/; open my $fh, '<', 'README.md' or die; <$fh> };
my @blocks = $readme =~ /^```apache\n(.*?)^```$/msg;

plan tests => 2 * @blocks + 6;
Test::More->builder->failure_output(\*STDERR);

my $modules = do { open my $fh, '<', 't/conf/modules.conf' or die; join '', grep { /^\s*(LoadModule|TypesConfig)\b/ } <$fh> };
my $dir = tempdir(CLEANUP => 1);

sub configtest {
    my ($body, $with_module) = @_;
    open my $out, '>', "$dir/httpd.conf" or die $!;
    print $out qq{ServerRoot "$dir"\nServerName localhost\nListen 127.0.0.1:1\nErrorLog /dev/null\n$modules};
    print $out qq{LoadModule mpin_rpa_module "$TOP/mod_mpin_rpa.so"\n} if $with_module;
    print $out $body;
    close $out;
    my $text = `$HTTPD -t -f $dir/httpd.conf 2>&1`;
    return ($? >> 8, $text);
}

my $n = 0;
for my $b (@blocks) {
    $n++;
    my ($first) = $b =~ /^(.*)$/m;
    # a section's content shown on its own (AuthType MPin, Require ...): in a <Location>
    my $conf = $b =~ /^</m ? $b : "<Location /snippet>\n$b</Location>\n";
    my ($rc, $out) = configtest($conf, 1);
    is($rc, 0, "README apache block $n ($first) passes apachectl -t as pasted") or diag($out);
    ($rc, $out) = configtest($conf, 0);
    if ($b =~ /^\s*(?:Mpin\w+|SetHandler\s+mpin)/m && $b !~ /<IfModule mpin_rpa_module>/) {
        isnt($rc, 0, "  block $n uses Mpin directives outside <IfModule>: shown for a site that loads the module");
    } else {
        is($rc, 0, "  and without the module too (the package purged first)") or diag($out);
    }
}

my @trailing = grep { /^\s*[A-Za-z<][^#\n]*\s#/ } map { split /\n/ } @blocks;
ok(!@trailing, 'no directive line carries a trailing # comment') or diag(join "\n", @trailing);

unlike($readme, qr/\bmpin\.key\b/, 'one key file name: no mpin.key');
like($readme, qr{/etc/apache2/mpin_rpa\.key}, '  mpin_rpa.key');
unlike($readme, qr/^LoadModule mpin_rpa_module/m, 'no LoadModule line to paste (the package and a2enmod load it)');

my $control = do { local $/; open my $fh, '<', 'debian/control' or die; <$fh> };
my ($bd) = $control =~ /^Build-Depends:(.*?)^\S/ms;
my @deps = map { /^\s*([a-z0-9.+-]+)/ ? $1 : () } split /,/, $bd;
s/^debhelper-compat$/debhelper/ for @deps;
my ($line) = $readme =~ /^sudo apt-get install (build-essential .*)$/m;
my %doc = map { $_ => 1 } split ' ', $line // '';
my @missing = grep { !$doc{$_} } @deps, qw(dpkg-dev fakeroot);
ok(defined $line && !@missing, "the README's build dependencies are debian/control's (+ dpkg-dev fakeroot)")
    or diag("missing: @missing");

my $stage = tempdir(CLEANUP => 1);
# every destination staged: the public header too, which went to /usr/include/apache2
my $out = `make -s install APACHE_SYSCONF=$stage/etc APACHE_MODDIR=$stage/mod DATADIR=$stage/share APACHE_INCDIR=$stage/include 2>&1`;
my ($cmd) = $readme =~ /^(sudo sh -c 'umask 077; openssl rand -hex 32 > \/etc\/apache2\/mpin_rpa\.key')$/m;
ok($cmd && index($out, $cmd =~ s{/etc/apache2}{$stage/etc}r) >= 0,
   'make install prints the command that makes the key, as the README writes it') or diag($out);
