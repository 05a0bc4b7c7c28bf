#pragma once

// What a user does to an inbox item: states, notes, lead corrections. (to be written)
