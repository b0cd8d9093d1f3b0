# Security item 1 at every endpoint that redirects: each payload of the
# open-redirect corpus (tests/corpus/redirect-bad.txt, the same file the C
# unit tests run through the validator) is given as the return target of
# the login page (its successLoginURL), the password login (its 303) and
# logout (its 302); none may come out anywhere but the configured default.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;
use LWP::UserAgent;

sub decode_line {
    my ($s) = @_;
    $s =~ s/\\(x([0-9a-fA-F]{2})|t|r|n|\\)/
        $1 eq 't' ? "\t" : $1 eq 'r' ? "\r" : $1 eq 'n' ? "\n" : $1 eq '\\' ? '\\' : chr hex $2/ge;
    return $s;
}
my @payloads;
open my $fh, '<', 'tests/corpus/redirect-bad.txt' or die "corpus: $!";
while (my $line = <$fh>) {
    chomp $line;
    next if $line eq '' || $line =~ /^#/;
    push @payloads, decode_line($line);
}
close $fh;

plan tests => 4;
Test::More->builder->failure_output(\*STDERR);
cmp_ok(scalar @payloads, '>=', 300, scalar(@payloads) . ' payloads in the corpus');

my $ua = LWP::UserAgent->new(keep_alive => 4, max_redirect => 0, timeout => 30);
my $base = server_url();
my $htpasswd = "$ENV{MPIN_T_STAGE}/spool/htpasswd";
system('htpasswd', '-c', '-B', '-b', $htpasswd, 'john', '123') == 0 or die 'htpasswd';
chmod 0644, $htpasswd;

# the password form's CSRF token, bound to its pre-login cookie
my $page = $ua->get("$base/pw/login", Accept => 'text/html');
my ($pre) = ($page->header('Set-Cookie') // '') =~ /mpin_login=([^;]+)/;
my ($token) = $page->content =~ /name="csrf_token" value="([^"]+)"/;

my (@login_bad, @logout_bad, @password_bad);
for my $p (@payloads) {
    my $q = url_encode($p);
    my $l = $ua->get("$base/login?return_to=$q");
    my ($success) = $l->content =~ /successLoginURL: "([^"]*)"/;
    push @login_bad, $p unless $l->code == 200 && defined $success && $success eq '\u002fprotected';

    my $o = $ua->get("$base/logout?return_to=$q");
    push @logout_bad, $p unless $o->code == 302 && ($o->header('Location') // '') eq '/';

    my $w = $ua->post("$base/pw/login", Content_Type => 'application/x-www-form-urlencoded',
                      Cookie => "mpin_login=$pre",
                      Content => "username=john&password=123&csrf_token=$token&return_to=$q");
    push @password_bad, $p unless $w->code == 303 && ($w->header('Location') // '') eq '/pw/protected';
}
is(scalar @login_bad, 0, 'the login page never puts a payload in successLoginURL')
    or diag(join "\n", map { "  " . url_encode($_) } @login_bad[0 .. ($#login_bad < 9 ? $#login_bad : 9)]);
is(scalar @logout_bad, 0, 'logout never redirects to a payload')
    or diag(join "\n", map { "  " . url_encode($_) } @logout_bad[0 .. ($#logout_bad < 9 ? $#logout_bad : 9)]);
is(scalar @password_bad, 0, 'the password login never redirects to a payload')
    or diag(join "\n", map { "  " . url_encode($_) } @password_bad[0 .. ($#password_bad < 9 ? $#password_bad : 9)]);
