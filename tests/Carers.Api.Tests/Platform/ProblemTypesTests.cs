using System.Net;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Problems;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Every refusal names its documented problem type (docs/problems.md, decision 0040): by status, set in one
/// place, unless the refusal has a meaning of its own. (ApiTest.AssertProblem checks every problem any test
/// meets has a documented type; this checks each status gets the right one.)
/// </summary>
public sealed class ProblemTypesTests(ApiFixture api) : ApiTest(api)
{
    private static readonly object Changed = new
    {
        givenName = "Amarachi",
        familyName = "Testcarer",
        dateOfBirth = "1975-03-14",
        postcode = "LU4 9ZZ",
        preferredLanguage = "ig",
        preferredContactChannel = "text",
        phone = "07700 900123",
        reasonableAdjustments = new[] { "interpreter" },
    };

    private static async Task AssertType(HttpResponseMessage response, HttpStatusCode status, string type) =>
        Assert.Equal(type, (await AssertProblem(response, status))["type"]!.GetValue<string>());

    private static HttpRequestMessage Put(string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/carer") { Content = JsonContent.Create(Changed) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task Each_status_names_its_type()
    {
        var carer = Carer(NewSubject());

        await AssertType(await Anonymous().GetAsync("/api/me/carer", Ct), HttpStatusCode.Unauthorized, ProblemTypes.Unauthorised);
        await AssertType(await carer.GetAsync("/api/carers?name=Khan", Ct), HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await AssertType(await carer.GetAsync("/api/me/carer", Ct), HttpStatusCode.NotFound, ProblemTypes.NotFound);
        await AssertType(await carer.SendOutsideTheContractAsync(HttpMethod.Delete, "/api/me/carer", "a method the path does not have, for its 405", cancellationToken: Ct), HttpStatusCode.MethodNotAllowed, ProblemTypes.MethodNotAllowed);
        await AssertType(await carer.PostAsync("/api/me/carer", Json("{not json"), Ct), HttpStatusCode.BadRequest, ProblemTypes.BadRequest);
        await AssertType(await carer.PostAsync("/api/me/carer", Json("{}"), Ct), HttpStatusCode.BadRequest, ProblemTypes.Validation);

        await RegisterAsync(carer);
        await AssertType(await carer.PostAsJsonAsync("/api/me/carer", ValidRegistration(), Ct), HttpStatusCode.Conflict, ProblemTypes.Conflict);
        await AssertType(await carer.SendAsync(Put(null), Ct), HttpStatusCode.PreconditionRequired, ProblemTypes.PreconditionRequired);
        await AssertType(await carer.SendAsync(Put("\"v999\""), Ct), HttpStatusCode.PreconditionFailed, ProblemTypes.PreconditionFailed);
    }

    [Fact]
    public async Task An_Idempotency_Key_used_with_another_request_is_its_own_type()
    {
        var partner = Partner("CarersCentral");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post(object body) => new(HttpMethod.Post, "/api/partner/referrals") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };

        Assert.Equal(HttpStatusCode.Created, (await partner.SendAsync(Post(Referral()), Ct)).StatusCode);
        await AssertType(await partner.SendAsync(Post(Referral(givenName: "Amina")), Ct), HttpStatusCode.UnprocessableEntity, ProblemTypes.IdempotencyKeyReused);
    }
}
