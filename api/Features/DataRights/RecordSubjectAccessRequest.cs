using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// The data protection team logs a subject access request received by post, phone, email or in person:
/// for which carer, who asked, how their identity was checked. It is due one calendar month after receipt
/// (or on an extension date up to two further months, with the reason). The carer must exist (404 otherwise).
/// </summary>
public static class RecordSubjectAccessRequest
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                CarerId = Examples.CarerId,
                ReceivedOn = new DateOnly(2026, 3, 4),
                ReceivedBy = SubjectAccessChannel.Email,
                Requester = SubjectAccessRequester.Representative,
                Representative = Representative.Example,
                IdentityVerifiedBy = SubjectAccessRequest.Example.IdentityVerifiedBy,
                ExtendedTo = new DateOnly(2026, 5, 4),
                ExtensionReason = "The record includes ten years of imported case notes that must be read before release.",
            };

        public Guid? CarerId { get; init; }
        public DateOnly? ReceivedOn { get; init; }
        public SubjectAccessChannel? ReceivedBy { get; init; }
        public SubjectAccessRequester? Requester { get; init; }
        /// <summary>Needed when the requester is a representative; left out when it is the carer.</summary>
        public Representative? Representative { get; init; }
        /// <summary>How the requester's identity was checked (for example: answered security questions against the record; passport seen).</summary>
        [MaxLength(500)] public string? IdentityVerifiedBy { get; init; }
        /// <summary>Up to two further months after the due date, for a complex request; with the reason the requester is told.</summary>
        public DateOnly? ExtendedTo { get; init; }
        [MaxLength(1000)] public string? ExtensionReason { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<SubjectAccessRequest?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            var today = () => DateOnly.FromDateTime(clock.GetLocalNow().Date);
            RuleFor(x => x.CarerId).NotEmpty().WithMessage("Choose the carer the request is about");
            RuleFor(x => x.ReceivedOn).NotNull().WithMessage("Enter the date the request was received")
                .Must(d => d is null || d <= today()).WithMessage("The date received cannot be in the future")
                .Must(d => d is null || d >= today().AddYears(-1)).WithMessage("The date received must be within the last year");
            RuleFor(x => x.ReceivedBy).NotNull().WithMessage("Select how the request was received");
            RuleFor(x => x.Requester).NotNull().WithMessage("Select who made the request");
            RuleFor(x => x.Representative).NotNull().When(x => x.Requester == SubjectAccessRequester.Representative)
                .WithMessage("Enter who is acting for the carer");
            RuleFor(x => x.Representative).Null().When(x => x.Requester == SubjectAccessRequester.Carer)
                .WithMessage("Leave out the representative when the carer asked themselves");
            When(x => x.Representative is not null, () =>
            {
                RuleFor(x => x.Representative!.Name).PersonName("the representative's name").OverridePropertyName("representative.name");
                RuleFor(x => x.Representative!.Relationship).NotEmpty().WithMessage("Enter how the representative is related to the carer")
                    .MaximumLength(100).WithMessage("The relationship must be 100 characters or fewer")
                    .Matches(TextRules.FreeTextPattern).WithMessage("The relationship must not include < or >")
                    .OverridePropertyName("representative.relationship");
            });
            RuleFor(x => x.IdentityVerifiedBy).NotEmpty().WithMessage("Enter how the requester's identity was checked")
                .MaximumLength(500).WithMessage("How identity was checked must be 500 characters or fewer")
                .Matches(TextRules.FreeTextPattern).WithMessage("How identity was checked must not include < or >");
            RuleFor(x => x.ExtensionReason).NotEmpty().When(x => x.ExtendedTo is not null).WithMessage("Enter why the deadline is extended");
            RuleFor(x => x.ExtensionReason).Empty().When(x => x.ExtendedTo is null).WithMessage("Leave out the reason when the deadline is not extended");
            RuleFor(x => x.ExtensionReason).MaximumLength(1000).WithMessage("The reason must be 1000 characters or fewer")
                .Matches(TextRules.FreeTextPattern).WithMessage("The reason must not include < or >");
            RuleFor(x => x.ExtendedTo)
                .Must((x, d) => d is null || x.ReceivedOn is null || (d > SubjectAccessRequests.DueOn(x.ReceivedOn.Value) && d <= SubjectAccessRequests.LatestExtension(x.ReceivedOn.Value)))
                .WithMessage("An extension must be after the due date and no more than two further months");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, SubjectAccessRequest?>
    {
        private const string InsertSql = """
            INSERT INTO subject_access_request (carer_id, received_on, received_by, requester, representative_name, representative_relationship,
                authority_checked, identity_verified_by, due_on, extended_to, extension_reason, recorded_by)
            SELECT id, @ReceivedOn, @ReceivedBy, @Requester, @RepresentativeName, @RepresentativeRelationship, @AuthorityChecked,
                   @IdentityVerifiedBy, @DueOn, @ExtendedTo, @ExtensionReason, @Subject
            FROM carer WHERE id = @CarerId
            RETURNING id
            """;

        public async ValueTask<SubjectAccessRequest?> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(InsertSql, new
            {
                body.CarerId,
                body.ReceivedOn,
                ReceivedBy = body.ReceivedBy!.Value.Code(),
                Requester = body.Requester!.Value.Code(),
                RepresentativeName = body.Representative?.Name.Trim(),
                RepresentativeRelationship = body.Representative?.Relationship.Trim(),
                body.Representative?.AuthorityChecked,
                IdentityVerifiedBy = body.IdentityVerifiedBy!.Trim(),
                DueOn = SubjectAccessRequests.DueOn(body.ReceivedOn!.Value),
                body.ExtendedTo,
                ExtensionReason = body.ExtensionReason?.Trim(),
                command.Caller.Subject,
            }, transaction, cancellationToken: cancellationToken));
            if (id is null) return null;

            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller,
                nameof(RecordSubjectAccessRequest), SubjectAccessRequests.RecordType, id.ToString(), AuditOutcome.Success,
                CarerId: body.CarerId, AccessReason: AccessReason.DataProtectionRequest), cancellationToken);
            var row = await SubjectAccessRequests.LoadAsync(connection, transaction, id.Value, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SubjectAccessRequests.ToRequest(row!, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        }
    }

    /// <remarks>
    /// The data-protection team logs a subject access request received by post, phone, email or in person: for which carer, who asked,
    /// and how their identity was checked. It is due one calendar month after it was received, or on an extension date up to two further
    /// months, with the reason.
    ///
    /// - Answers 201 with the request, its `ETag` (for CompleteSubjectAccessRequest) and its `Location`.
    /// - 400 (validation): a field is missing or not valid. 404 (not-found): there is no such carer.
    /// </remarks>
    public static async Task<Results<Created<SubjectAccessRequest>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Command(Caller.From(user), body), cancellationToken) is not { } recorded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.",
                detail: "Find the carer's record first; a request is logged against their record.");
        }

        response.Headers.ETag = recorded.ETag;
        return TypedResults.Created($"/api/subject-access-requests/{recorded.Id}", recorded);
    }
}
