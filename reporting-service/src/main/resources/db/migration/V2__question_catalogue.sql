-- The question catalogue. Questions without an association are shipped with Bokslut and cannot be changed; an
-- association's analyst adds its own. Answer scales: FREQUENCY_6, EXTENT_6 (1–6) and YES_NO.
CREATE TABLE question (
    code              varchar(64)  PRIMARY KEY,
    association_id    varchar(64),
    text              text         NOT NULL,
    scale             varchar(16)  NOT NULL,
    respondent_groups varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL
);

INSERT INTO question (code, association_id, text, scale, respondent_groups, updated_at) VALUES
-- Nationella nyckeltal för samordningsförbund (NNS), participant questionnaire
('NNS-1', NULL, 'Har du fått stöd på ett sätt som är till stor nytta för dig?', 'FREQUENCY_6', 'PARTICIPANT', now()),
('NNS-2', NULL, 'Har du fått vara med och bestämma vilket stöd som du får/har fått?', 'FREQUENCY_6', 'PARTICIPANT', now()),
('NNS-4', NULL, 'Har du haft en person eller ett team som du kunnat vända dig till med dina olika frågor och behov?', 'YES_NO', 'PARTICIPANT', now()),
('NNS-5', NULL, 'Har det stöd du fått hjälpt dig att utveckla sätt att hantera din situation?', 'EXTENT_6', 'PARTICIPANT', now()),
('NNS-7', NULL, 'Känner du dig mer redo att kunna arbeta eller studera?', 'EXTENT_6', 'PARTICIPANT', now()),
-- Staff of the platforms (personal)
('STAFF-1', NULL, 'Samverkan mellan myndigheterna kring deltagarna fungerar väl.', 'EXTENT_6', 'STAFF', now()),
('STAFF-2', NULL, 'Jag har goda förutsättningar att utföra mitt arbete.', 'EXTENT_6', 'STAFF', now()),
('STAFF-3', NULL, 'Jag får den kompetensutveckling jag behöver i mitt arbete.', 'EXTENT_6', 'STAFF', now()),
-- Steering groups (styrgrupp)
('STEER-1', NULL, 'Samverkan mellan parterna i styrgruppen fungerar väl.', 'EXTENT_6', 'STEERING_GROUP', now()),
('STEER-2', NULL, 'Styrgruppen har god kännedom om verksamhetens resultat.', 'EXTENT_6', 'STEERING_GROUP', now()),
-- The board (styrelse)
('BOARD-1', NULL, 'Förbundets insatser bidrar till att medlemmarnas resurser används effektivt.', 'EXTENT_6', 'BOARD', now()),
('BOARD-2', NULL, 'Styrelsen får det underlag den behöver för att styra förbundet.', 'EXTENT_6', 'BOARD', now()),
-- Managers in the member organisations (chef i samverkan) and the association manager (förbundschef)
('MGR-1', NULL, 'Förbundets insatser har stärkt samverkan mellan våra organisationer.', 'EXTENT_6', 'MANAGER,ASSOCIATION_MANAGER', now()),
('MGR-2', NULL, 'Min organisation har nytta av de insatser förbundet finansierar.', 'EXTENT_6', 'MANAGER,ASSOCIATION_MANAGER', now());
