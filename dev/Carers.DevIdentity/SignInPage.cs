using System.Text;
using System.Text.Encodings.Web;
using OpenIddict.Abstractions;

namespace Carers.DevIdentity;

public sealed record FieldError(string Field, string Message);

/// <summary>
/// The provider's own sign-in page: plain HTML in the GOV.UK style (no script), so it passes
/// the same accessibility checks as the service. The OpenID Connect request travels in hidden
/// fields and comes back with the choice.
/// </summary>
public static class SignInPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static IResult Render(OpenIddictRequest request, DevIdentityOptions settings, FieldError? error)
    {
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{(error is null ? "" : "Error: ")}Development sign-in – Luton Carers</title>
            <style>{Style}</style>
            </head>
            <body>
            <a href="#main" class="skip">Skip to main content</a>
            <header><div class="width">Luton Carers <span class="tag">Development sign-in</span></div></header>
            <div class="width">
            <main id="main">
            """);
        if (error is not null)
        {
            page.Append($"""
                <div class="error-summary" role="alert" tabindex="-1">
                <h2>There is a problem</h2>
                <ul><li><a href="#{(error.Field == "choice" ? "persona-" + Html.Encode(settings.Personas.FirstOrDefault()?.Id ?? "someone-else") : error.Field)}">{Html.Encode(error.Message)}</a></li></ul>
                </div>
                """);
        }

        page.Append("""
            <h1>Development sign-in</h1>
            <p>This is the local identity provider for development and tests. It signs you in as anyone, with no password.
            In production, staff sign in with their council Microsoft account and carers with their Luton Carers account.</p>
            <form method="post" action="">
            """);
        foreach (var (name, value) in request.GetParameters())
        {
            if (name is "choice" or "role" or "subject") continue;
            page.Append($"""<input type="hidden" name="{Html.Encode(name)}" value="{Html.Encode(value.ToString() ?? "")}">""").Append('\n');
        }

        var choiceError = error?.Field == "choice";
        page.Append($"""
            <div class="group{(choiceError ? " group-error" : "")}">
            <fieldset id="choice" aria-describedby="choice-hint{(choiceError ? " choice-error" : "")}">
            <legend>Who do you want to sign in as?</legend>
            <p class="hint" id="choice-hint">Carers are in the demo data or new; staff have one role each.</p>
            {(choiceError ? $"""<p class="message" id="choice-error"><span class="visually-hidden">Error:</span> {Html.Encode(error!.Message)}</p>""" : "")}
            """);
        foreach (var persona in settings.Personas)
        {
            page.Append($"""
                <div class="radio">
                <input type="radio" id="persona-{Html.Encode(persona.Id)}" name="choice" value="{Html.Encode(persona.Id)}" aria-describedby="persona-{Html.Encode(persona.Id)}-hint">
                <label for="persona-{Html.Encode(persona.Id)}">{Html.Encode(persona.Label)}</label>
                <p class="hint" id="persona-{Html.Encode(persona.Id)}-hint">{Html.Encode(persona.Hint)}</p>
                </div>
                """);
        }

        var roleError = error?.Field == "role";
        var subjectError = error?.Field == "subject";
        page.Append($"""
            <div class="radio">
            <input type="radio" id="persona-someone-else" name="choice" value="someone-else"{(roleError || subjectError ? " checked" : "")}>
            <label for="persona-someone-else">Someone else</label>
            </div>
            <div class="conditional">
            <div class="group{(roleError ? " group-error" : "")}">
            <label for="role">Role</label>
            {(roleError ? $"""<p class="message" id="role-error"><span class="visually-hidden">Error:</span> {Html.Encode(error!.Message)}</p>""" : "")}
            <select id="role" name="role"{(roleError ? " aria-describedby=\"role-error\"" : "")}>
            <option value="">Choose a role</option>
            {string.Concat(settings.Roles.Select(r => $"""<option value="{Html.Encode(r)}">{Html.Encode(r)}</option>"""))}
            </select>
            </div>
            <div class="group{(subjectError ? " group-error" : "")}">
            <label for="subject">Subject</label>
            <p class="hint" id="subject-hint">Who the token is for, like new-carer-e2e-smith. Letters, digits and . _ @ - only.</p>
            {(subjectError ? $"""<p class="message" id="subject-error"><span class="visually-hidden">Error:</span> {Html.Encode(error!.Message)}</p>""" : "")}
            <input type="text" id="subject" name="subject" spellcheck="false" autocomplete="off" aria-describedby="subject-hint{(subjectError ? " subject-error" : "")}">
            </div>
            </div>
            </fieldset>
            </div>
            <button type="submit">Sign in</button>
            </form>
            </main>
            </div>
            </body>
            </html>
            """);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: error is null ? 200 : 400);
    }

    private const string Style = """
        body{margin:0;font-family:arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;background:#fff}
        .width{max-width:960px;margin:0 15px}@media(min-width:990px){.width{margin:0 auto}}
        header{background:#0b0c0c;color:#fff;padding:12px 0;font-weight:700;font-size:24px;border-bottom:10px solid #1d70b8}
        .tag{display:inline-block;background:#fff;color:#0b0c0c;font-size:16px;padding:2px 8px;margin-left:10px}
        main{padding:30px 0 60px;max-width:640px}h1{font-size:36px;margin:0 0 30px}
        .skip{position:absolute;left:-9999px}.skip:focus{position:static;display:block;padding:10px;background:#fd0;color:#0b0c0c;outline:3px solid #fd0}
        a{color:#1d70b8}a:focus{background:#fd0;color:#0b0c0c;outline:3px solid transparent;box-shadow:0 4px #0b0c0c;text-decoration:none}
        fieldset{border:0;padding:0;margin:0}legend{font-weight:700;font-size:24px;margin-bottom:10px}
        .hint{color:#484949;margin:0 0 15px}.group{margin-bottom:30px}.group-error{border-left:5px solid #d4351c;padding-left:15px}
        .message{color:#d4351c;font-weight:700;margin:0 0 15px}.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        .radio{margin-bottom:10px}.radio input{width:24px;height:24px;margin:0 10px 0 0;vertical-align:middle}.radio label{vertical-align:middle}
        .radio .hint{margin-left:34px}
        .conditional{margin:0 0 20px 12px;padding-left:22px;border-left:4px solid #b1b4b6}
        .conditional label{display:block;font-weight:700;margin-bottom:5px}
        select,input[type=text]{font-size:19px;padding:5px;border:2px solid #0b0c0c;min-width:300px;max-width:100%;box-sizing:border-box}
        select:focus,input:focus,button:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
        button{font-size:19px;padding:8px 10px;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;cursor:pointer}
        button:focus{background:#fd0;color:#0b0c0c}
        .error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}.error-summary h2{margin-top:0;font-size:24px}
        .error-summary ul{list-style:none;padding:0;margin:0}.error-summary a{color:#d4351c;font-weight:700}
        """;
}
