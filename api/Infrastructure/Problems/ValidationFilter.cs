using System.Text.Json;
using FluentValidation;

namespace Carers.Api.Infrastructure.Problems;

public static class ValidationSetup
{
    public static IServiceCollection AddCarersValidation(this IServiceCollection services)
    {
        // Error keys are the contract's camelCase field names, nested with dots.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is not null ? JsonNamingPolicy.CamelCase.ConvertName(member.Name)
            : expression is not null ? string.Join('.', expression.ToString().Split('.').Skip(1).Select(JsonNamingPolicy.CamelCase.ConvertName))
            : null;
        // One message per field: the first rule that fails, as the GOV.UK error summary expects.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member?.Name;
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

/// <summary>
/// The one place validation runs: every argument of an endpoint that has a validator is
/// checked before the handler, and failures answer 400 problem details keyed by field.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is null) continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator) continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                return TypedResults.ValidationProblem(result.ToDictionary(), title: "Some of the information is missing or not valid.");
            }
        }

        return await next(context);
    }
}
